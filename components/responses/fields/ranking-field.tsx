"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { controlDomId, type Question, type RankingFormValue, rankingPlaces } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";
import "./ranking-field.css";

type RankingQuestion = Extract<Question, { type: "ranking" }>;
type Action = "choose" | "up" | "down" | "remove";

/** The options with a valid place, in the order of their places. */
function startOrder(question: RankingQuestion, ranks: RankingFormValue, places: number): string[] {
  return question.options
    .map((o) => ({ value: o.value, place: Number(ranks[o.value] ?? "") }))
    .filter((o) => Number.isInteger(o.place) && o.place >= 1 && o.place <= places)
    .sort((a, b) => a.place - b.place)
    .map((o) => o.value);
}

/**
 * A ranking as an ordered list: the resident chooses what comes first, then next, and moves
 * items with "Omhoog"/"Omlaag" buttons; a live region says where the item now stands. No dragging,
 * so it works by keyboard, by screen reader and with one thumb at 320 px. Without JavaScript (and
 * before the page has loaded) each option has a place selector instead, posted the same way:
 * `<qid>.<option>` = its place, or empty.
 */
export function RankingField({ question, initial, register, setValue, errors }: FieldProps<RankingQuestion>) {
  const t = useTranslations("survey.ranking");
  const places = rankingPlaces(question);
  const ranks = initial as RankingFormValue;
  const [hydrated, setHydrated] = useState(false);
  const [order, setOrder] = useState(() => startOrder(question, ranks, places));
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<string | null>(null);
  const invalid = errors.length > 0 || undefined;
  useEffect(() => setHydrated(true), []);

  // After a move the button is re-rendered elsewhere in the list: focus follows it.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  // react-hook-form holds the places too: the page's validation and conditions read them.
  useEffect(() => {
    if (!hydrated || !setValue) return;
    for (const { value } of question.options) {
      const place = order.indexOf(value);
      setValue(`${question.id}.${value}` as never, (place < 0 ? "" : String(place + 1)) as never);
    }
  }, [hydrated, order, question, setValue]);

  const labelOf = (value: string) => question.options.find((o) => o.value === value)?.label ?? value;
  // The first button of each item carries the id that error messages link to.
  const buttonId = (value: string, action: Action) => {
    const primary = order.includes(value) ? "up" : "choose";
    const base = controlDomId(question, { part: value });
    return action === primary ? base : `${base}-${action}`;
  };

  if (!hydrated) {
    return (
      <div className="ranking">
        <p className="field__help">
          {t(places < question.options.length ? "noJsHelpTop" : "noJsHelpAll", { count: places })}
        </p>
        {question.options.map((option) => {
          const id = controlDomId(question, { part: option.value });
          return (
            <div className="ranking__select-item" key={option.value}>
              <label htmlFor={id}>{option.label}</label>
              <select
                className="select ranking__select"
                id={id}
                defaultValue={ranks[option.value] ?? ""}
                aria-invalid={invalid}
                {...register(`${question.id}.${option.value}` as never)}
              >
                <option value="">{t("none")}</option>
                {Array.from({ length: places }, (_, i) => String(i + 1)).map((p) => (
                  <option key={p} value={p}>
                    {t("place", { place: p })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    );
  }

  function act(value: string, action: Action) {
    const option = labelOf(value);
    const at = order.indexOf(value);
    let next = order;
    if (action === "choose") {
      if (order.length >= places) return setAnnouncement(t("full", { count: places }));
      next = [...order, value];
      // On to the option that took its place in the list still to choose, so choosing one after
      // another is one press each; when the order is complete, to the chosen option itself.
      const rest = question.options.map((o) => o.value).filter((v) => !order.includes(v));
      const left = rest.filter((v) => v !== value);
      const after = left[rest.indexOf(value)] ?? left.at(-1);
      focusNext.current = controlDomId(question, { part: after && next.length < places ? after : value });
    } else if (action === "remove") {
      next = order.filter((v) => v !== value);
      focusNext.current = controlDomId(question, { part: value });
      setOrder(next);
      return setAnnouncement(t("removed", { option }));
    } else {
      const to = action === "up" ? at - 1 : at + 1;
      if (to < 0) return setAnnouncement(t("atTop", { option }));
      if (to >= order.length) return setAnnouncement(t("atBottom", { option }));
      next = [...order];
      [next[at], next[to]] = [next[to] as string, next[at] as string];
      focusNext.current = buttonId(value, action);
    }
    setOrder(next);
    setAnnouncement(t("placed", { option, place: next.indexOf(value) + 1, places }));
  }

  const rest = question.options.filter((o) => !order.includes(o.value));
  const full = order.length >= places;
  const chosenId = `${controlDomId(question)}-volgorde`;
  const restId = `${controlDomId(question)}-rest`;
  return (
    <div className="ranking">
      <p className="field__help">
        {t(places < question.options.length ? "helpTop" : "helpAll", { count: places })}
      </p>
      <p className="ranking__heading" id={chosenId}>
        {t("chosenTitle", { count: order.length, places })}
      </p>
      {order.length === 0 ? <p className="ranking__empty">{t("empty")}</p> : null}
      {order.length > 0 ? (
        <ol className="ranking__list" aria-labelledby={chosenId}>
          {order.map((value, i) => (
            <li className="ranking__item" key={value}>
              <span className="ranking__place" aria-hidden="true">
                {i + 1}
              </span>
              <span className="ranking__label">{labelOf(value)}</span>
              <span className="ranking__buttons">
                <MoveButton
                  id={buttonId(value, "up")}
                  label={t("up")}
                  option={labelOf(value)}
                  edge={i === 0}
                  onClick={() => act(value, "up")}
                  arrow="↑"
                />
                <MoveButton
                  id={buttonId(value, "down")}
                  label={t("down")}
                  option={labelOf(value)}
                  edge={i === order.length - 1}
                  onClick={() => act(value, "down")}
                  arrow="↓"
                />
                <MoveButton
                  id={buttonId(value, "remove")}
                  label={t("remove")}
                  option={labelOf(value)}
                  onClick={() => act(value, "remove")}
                />
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {rest.length > 0 ? (
        <>
          <p className="ranking__heading" id={restId}>
            {t("restTitle")}
          </p>
          <ul className="ranking__list ranking__list--rest" aria-labelledby={restId}>
            {rest.map((option) => (
              <li className="ranking__item" key={option.value}>
                <span className="ranking__label">{option.label}</span>
                <span className="ranking__buttons">
                  <MoveButton
                    id={buttonId(option.value, "choose")}
                    label={t("choose")}
                    option={option.label}
                    edge={full}
                    onClick={() => act(option.value, "choose")}
                  />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {question.options.map(({ value }) => {
        const place = order.indexOf(value);
        return (
          <input
            key={value}
            type="hidden"
            {...register(`${question.id}.${value}` as never)}
            value={place < 0 ? "" : String(place + 1)}
          />
        );
      })}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** "Omhoog", "Omlaag", "Weghalen" or "Kies", named with the option for screen readers. */
function MoveButton({
  id,
  label,
  option,
  arrow,
  edge = false,
  onClick,
}: {
  id: string;
  label: string;
  option: string;
  arrow?: string;
  /** Nothing to do (already at the top, bottom, or every place taken): still focusable, says why. */
  edge?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      id={id}
      className="button button--secondary ranking__button"
      aria-disabled={edge || undefined}
      // The visible word first, then which option: "Omhoog: Huisarts" (WCAG 2.5.3 label in name).
      aria-label={`${label}: ${option}`}
      onClick={onClick}
    >
      {arrow ? <span aria-hidden="true">{arrow} </span> : null}
      {label}
    </button>
  );
}
