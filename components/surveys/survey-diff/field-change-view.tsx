import { getTranslations } from "next-intl/server";
import type { FieldChange, ItemChange, SurveyDefinition } from "@/lib/surveys";
import { type DiffTranslate, describeCondition } from "./condition-text";
import { TextDiffView, WholeTextMark } from "./text-diff-view";

/** The two versions a change is read against (for conditions, which name other questions). */
export type DiffContext = { before: SurveyDefinition; after: SurveyDefinition };

function formatValue(field: string, value: unknown, t: DiffTranslate): string {
  if (value === undefined || value === null || value === "") return t("none");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (field === "type") return t(`types.${String(value)}`);
  if (field === "block") return t(`blocks.${String(value)}`);
  return String(value);
}

/** "Eerst: … Nu: …", each side marked as removed and added. */
async function BeforeAfter({ before, after }: { before: string; after: string }) {
  const t = await getTranslations("lifecycle.diff");
  return (
    <span className="diff-before-after">
      <span>
        {t("was")}: <WholeTextMark kind="removed" text={before} label={t("removed")} />
      </span>{" "}
      <span>
        {t("becomes")}: <WholeTextMark kind="added" text={after} label={t("added")} />
      </span>
    </span>
  );
}

async function ItemList({ items }: { items: ItemChange[] }) {
  const t = await getTranslations("lifecycle.diff");
  return (
    <ul className="diff-items">
      {items
        .filter((item) => item.change !== "kept" || item.relabelled || item.moved)
        .map((item) => (
          <li key={`${item.change}-${item.key}`}>
            {item.change === "added" ? (
              <>
                <WholeTextMark kind="added" text={item.after ?? item.key} label={t("added")} />{" "}
                <span className="muted">({t("itemAdded")})</span>
              </>
            ) : item.change === "removed" ? (
              <>
                <WholeTextMark kind="removed" text={item.before ?? item.key} label={t("removed")} />{" "}
                <span className="muted">({t("itemRemoved")})</span>
              </>
            ) : (
              <>
                {item.relabelled ? <TextDiffView segments={item.relabelled} /> : item.after}
                {item.moved ? <span className="muted"> ({t("itemMoved")})</span> : null}
              </>
            )}
          </li>
        ))}
    </ul>
  );
}

/** One changed field as a term and its description, for a <dl>. */
export async function FieldChangeView({ change, context }: { change: FieldChange; context: DiffContext }) {
  const t = await getTranslations("lifecycle.diff");
  let body: React.ReactNode;
  switch (change.kind) {
    case "text":
      body = <TextDiffView segments={change.segments} />;
      break;
    case "value":
      body = (
        <BeforeAfter
          before={formatValue(change.field, change.before, t)}
          after={formatValue(change.field, change.after, t)}
        />
      );
      break;
    case "condition":
      body = (
        <BeforeAfter
          before={describeCondition(change.before, context.before, t)}
          after={describeCondition(change.after, context.after, t)}
        />
      );
      break;
    case "items":
      body = <ItemList items={change.items} />;
      break;
  }
  return (
    <div className="diff-field">
      <dt>{t(`fields.${change.field}`)}</dt>
      <dd className={change.kind === "text" ? "diff-field__text" : undefined}>{body}</dd>
    </div>
  );
}
