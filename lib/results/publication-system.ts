import type { Channel } from "@/lib/surveys/types";
import { FigureSystem } from "./protection-system";
import { type Band, bandDistribution } from "./publication-bands";
import {
  addScopeFigures,
  figureKey,
  groupFigures,
  OVERALL_SCOPE,
  overallOnlyFigures,
  panelRestScope,
  restScope,
  scopeOf,
  sizeKey,
} from "./publication-figures";
import type { PublicDimension } from "./publication-types";
import type { Visibility } from "./publication-visibility";
import type { BreakdownGroup, QuestionResult, SurveyResults } from "./types";

/*
 * The linked system of everything one survey publishes (see publication-figures.ts for the
 * figures and relations), with primary suppression applied: every printed count under k — zeros
 * included, so that a hidden figure could be 0 as well as k − 1 and its mark says nothing — is
 * hidden. Group sizes are never hidden: a breakdown shows only groups of at least k, and a group
 * that is too small is not shown at all (its people join the breakdown's rest, which is never
 * printed). Secondary suppression and the audit work on this system (protection-secondary.ts).
 */

export type PublicationInput = {
  k: number;
  overall: SurveyResults;
  breakdowns: { dimension: PublicDimension; results: SurveyResults }[];
  /** Which questions are conditional, and how a reader counts who was shown them (from the definition). */
  visibility?: ReadonlyMap<string, Visibility>;
};

export type PublishedGroupChoice = {
  dimension: PublicDimension;
  /** Every known group in order, with whether it is shown. */
  groups: { group: BreakdownGroup; shown: boolean }[];
  /** The breakdown covers panel members only (district, age group, sex). */
  panelOnly: boolean;
};

export type PublicationSystem = {
  system: FigureSystem;
  questions: QuestionResult[];
  bands: Map<string, Band[]>;
  breakdowns: PublishedGroupChoice[];
};

/** Why a survey cannot be published at all, before any table is made. */
export type PublicationBlock =
  | { reason: "too-few-respondents"; respondents: number; k: number }
  | { reason: "small-channel"; channel: Channel; responses: number; k: number }
  /** Secondary suppression found a figure with nothing left to hide around it (not seen in practice). */
  | { reason: "unprotectable"; figures: string[] };

export class PublicationBlocked extends Error {
  constructor(readonly block: PublicationBlock) {
    super(`Publication blocked: ${block.reason}`);
  }
}

const UNKNOWN = "";

export function buildPublicationSystem(input: PublicationInput): PublicationSystem {
  const { k, overall } = input;
  if (overall.respondents < k)
    throw new PublicationBlocked({ reason: "too-few-respondents", respondents: overall.respondents, k });
  const system = new FigureSystem();
  // A question nobody answered has nothing to protect: it is published as empty (all zeros).
  const questions = overall.questions.filter((q) => q.figures.kind !== "text" && q.base.answered > 0);
  const bands = new Map<string, Band[]>();
  for (const q of questions)
    if (q.figures.kind === "numeric") bands.set(q.questionId, bandDistribution(q.figures.distribution, k));

  const conditional = new Map(
    questions.map((q) => [
      q.questionId,
      input.visibility?.get(q.questionId)?.conditional ?? q.base.notShown > 0,
    ]),
  );
  const figuresIn = (q: QuestionResult, size: number) =>
    groupFigures(q, size, conditional.get(q.questionId) === true);
  system.figure(sizeKey(OVERALL_SCOPE), overall.respondents, "printed", { hideable: false });
  for (const q of questions) {
    addScopeFigures(system, q.questionId, OVERALL_SCOPE, figuresIn(q, overall.respondents));
    addScopeFigures(
      system,
      q.questionId,
      OVERALL_SCOPE,
      overallOnlyFigures(q, bands.get(q.questionId) ?? []),
    );
  }

  const channelGroups = groupsOf(input, "channel").filter((g) => g.respondents > 0);
  for (const g of channelGroups) {
    if (g.respondents < k)
      throw new PublicationBlocked({
        reason: "small-channel",
        channel: g.value as Channel,
        responses: g.respondents,
        k,
      });
  }
  const breakdowns: PublishedGroupChoice[] = [];
  if (channelGroups.length > 0) {
    addBreakdown(system, questions, figuresIn, "channel", channelGroups, null);
    breakdowns.push({
      dimension: "channel",
      groups: channelGroups.map((group) => ({ group, shown: true })),
      panelOnly: false,
    });
  }
  const panel = channelGroups.find((g) => g.value === "panel");
  for (const { dimension } of input.breakdowns) {
    if (dimension === "channel") continue;
    const all = groupsOf(input, dimension);
    const known = all.filter((g) => g.value !== UNKNOWN && g.respondents > 0);
    const shown = chooseShownGroups(known, panel?.respondents ?? 0, k);
    addBreakdown(
      system,
      questions,
      figuresIn,
      dimension,
      known.filter((g) => shown.has(g.value)),
      { channels: channelGroups.map((g) => g.value) },
    );
    breakdowns.push({
      dimension,
      groups: known.map((group) => ({ group, shown: shown.has(group.value) })),
      panelOnly: true,
    });
  }

  const scopes = [
    OVERALL_SCOPE,
    ...breakdowns.flatMap((b) =>
      b.groups.filter((g) => g.shown).map((g) => scopeOf(b.dimension, g.group.value)),
    ),
  ];
  for (const q of questions) linkShown(system, q.questionId, input.visibility?.get(q.questionId), scopes);

  for (const figure of system.figures)
    if (figure.kind === "printed" && figure.hideable && figure.value < k) figure.hidden = true;
  return { system, questions, bands, breakdowns };
}

function groupsOf(input: PublicationInput, dimension: PublicDimension): BreakdownGroup[] {
  return input.breakdowns.find((b) => b.dimension === dimension)?.results.breakdown?.groups ?? [];
}

/**
 * Known groups of at least k are shown. Panel members not in a shown group (attribute unknown,
 * or in a group under k) are a "rest" that a reader can count as panel − shown groups: when that
 * rest holds 1 to k − 1 people, the smallest shown group joins it, until it holds 0 or k or more.
 */
function chooseShownGroups(
  known: readonly BreakdownGroup[],
  panelRespondents: number,
  k: number,
): Set<string> {
  const shown = known.filter((g) => g.respondents >= k).sort((a, b) => a.respondents - b.respondents);
  const inShown = () => shown.reduce((s, g) => s + g.respondents, 0);
  let rest = panelRespondents - inShown();
  while (shown.length > 0 && rest > 0 && rest < k) {
    shown.shift();
    rest = panelRespondents - inShown();
  }
  return new Set(shown.map((g) => g.value));
}

/**
 * One breakdown's groups in the system, each figure of each group tied to the overall figure by
 * Σ groups + rest = overall. For attribute breakdowns (`link` given), the rest is also tied to the
 * channels: rest = every non-panel channel + the panel's own rest.
 */
function addBreakdown(
  system: FigureSystem,
  questions: readonly QuestionResult[],
  figuresIn: (q: QuestionResult, size: number) => ReturnType<typeof groupFigures>,
  dimension: PublicDimension,
  groups: readonly BreakdownGroup[],
  link: { channels: string[] } | null,
): void {
  const scopes = groups.map((g) => scopeOf(dimension, g.value));
  for (const [i, g] of groups.entries())
    system.figure(sizeKey(scopes[i] as string), g.respondents, "printed", { hideable: false });
  // The figures every group has: its size, and each question's group figures.
  const keysIn: ((scope: string) => string)[] = [sizeKey];
  for (const q of questions) {
    const overallSet = figuresIn(q, system.get(sizeKey(OVERALL_SCOPE))?.value ?? 0);
    for (const [i, g] of groups.entries()) {
      const inGroup = g.questions.find((candidate) => candidate.questionId === q.questionId);
      if (!inGroup) throw new Error(`Breakdown group ${scopes[i]} lacks question ${q.questionId}.`);
      addScopeFigures(system, q.questionId, scopes[i] as string, figuresIn(inGroup, g.respondents));
    }
    for (const spec of overallSet.specs) keysIn.push((scope) => figureKey(q.questionId, scope, spec.name));
  }

  // Every figure (sizes included): overall = Σ groups (+ rest).
  for (const keyIn of keysIn) {
    const overallId = system.idOf(keyIn(OVERALL_SCOPE));
    if (overallId === undefined) continue;
    const parts = scopes.map((scope) => system.idOf(keyIn(scope)) as number);
    if (!link) {
      system.sum(overallId, parts);
      continue;
    }
    const overallValue = system.figures[overallId]?.value ?? 0;
    const restValue = overallValue - parts.reduce((s, id) => s + (system.figures[id]?.value ?? 0), 0);
    const rest = system.figure(keyIn(restScope(dimension)), restValue, "derived");
    system.sum(overallId, [...parts, rest]);
    const nonPanel = link.channels
      .filter((c) => c !== "panel")
      .map((c) => system.idOf(keyIn(scopeOf("channel", c))))
      .filter((id): id is number => id !== undefined);
    const nonPanelValue = nonPanel.reduce((s, id) => s + (system.figures[id]?.value ?? 0), 0);
    // Only panel members have a district, age group and sex; if this survey's data says
    // otherwise, a reader cannot tie the rest to the channels either.
    if (restValue - nonPanelValue >= 0) {
      const panelRest = system.figure(keyIn(panelRestScope(dimension)), restValue - nonPanelValue, "derived");
      system.sum(rest, [...nonPanel, panelRest]);
    }
  }
}

/**
 * Ties who was shown a conditional question to the figures of the question its condition tests
 * (publication-visibility.ts), in every printed scope, so that who skipped it is protected against
 * a reader who knows the questionnaire. Skipped where the data do not bear it out (a reader then
 * has nothing exact to go on either).
 */
function linkShown(
  system: FigureSystem,
  questionId: string,
  visibility: Visibility | undefined,
  scopes: readonly string[],
): void {
  const terms = visibility?.shown;
  if (!terms || terms.length === 0) return;
  for (const scope of scopes) {
    const shown = system.idOf(figureKey(questionId, scope, "shown"));
    const ids = terms.map((t) => ({
      id: system.idOf(figureKey(t.questionId, scope, t.name)),
      c: t.coefficient,
    }));
    if (shown === undefined || ids.some((t) => t.id === undefined)) continue;
    const plus = ids.filter((t) => t.c > 0).map((t) => t.id as number);
    const minus = ids.filter((t) => t.c < 0).map((t) => t.id as number);
    const value = (id: number) => system.figures[id]?.value ?? 0;
    const total = plus.reduce((s, id) => s + value(id), 0) - minus.reduce((s, id) => s + value(id), 0);
    if (total !== value(shown)) continue;
    system.equal([shown, ...minus], plus);
  }
}
