"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { Notice } from "@/components/layout/notice";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import type { ServerAction } from "@/lib/accounts/client";
import { AGE_GROUPS, ageSexCategory, POPULATION_SEXES, populationFiguresSchema } from "@/lib/panels/client";

/** Element id of a field, from its posted name (names hold characters ids should not). */
const idFor = (name: string) => `population-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;

/**
 * The population table: age group × sex, and one count per district, with their source. Checked
 * in the browser with the server's schema before posting; a post without JavaScript is checked on
 * the server with the same schema.
 */
export function PopulationForm({
  action,
  source,
  ageSex,
  districts,
}: {
  action: ServerAction<{ total: number }>;
  source: string;
  ageSex: Record<string, number>;
  districts: { name: string; count: number | undefined }[];
}) {
  const t = useTranslations("panels.population");
  const tAll = useTranslations();
  const ta = useTranslations("auth.form");
  const [state, formAction] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [submits, setSubmits] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = populationFiguresSchema.safeParse(Object.fromEntries(data.entries()));
    setSubmits((n) => n + 1);
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join(".");
        errors[path] = [...(errors[path] ?? []), tAll(issue.message)];
      }
      setClientErrors(errors);
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(data));
  };

  const fieldErrors = clientErrors ?? (state && !state.ok ? state.fieldErrors : {});
  const formError = !clientErrors && state && !state.ok ? state.formError : undefined;
  const errorFor = (name: string) => fieldErrors[name]?.[0];
  const labelFor = (name: string): string => {
    if (name === "source") return t("source");
    const [kind, key, part] = name.split(".");
    if (kind === "ageSex" && key) {
      const [group, sex] = key.split("|");
      return t("cellLabel", { group: group ?? "", sex: t(`sexes.${sex}`) });
    }
    if (kind === "districts") {
      const district = districts[Number(key)]?.name ?? "";
      return part === "name" ? t("districtNameLabel", { district }) : t("districtLabel", { district });
    }
    return name;
  };
  const items: ErrorSummaryItem[] = formError ? [{ message: formError }] : [];
  for (const [name, messages] of Object.entries(fieldErrors))
    items.push({ message: `${labelFor(name)}: ${messages[0]}`, fieldId: idFor(name) });

  const cell = (name: string, label: string, value: number | undefined) => {
    const error = errorFor(name);
    const id = idFor(name);
    return (
      <div className={error ? "field field--error" : "field"}>
        <label className="visually-hidden" htmlFor={id}>
          {label}
        </label>
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          className="input"
          defaultValue={value === undefined ? "" : String(value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
    );
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate data-form="population">
      {state?.ok ? <Notice tone="success">{t("saved", { total: state.data.total })}</Notice> : null}
      <ErrorSummary
        items={items}
        title={ta("errorSummaryTitle")}
        focusKey={`${submits}-${JSON.stringify(state)}`}
      />
      <div className={errorFor("source") ? "field field--error" : "field"}>
        <label className="field__label" htmlFor={idFor("source")}>
          {t("source")} <span className="field__required">{ta("required")}</span>
        </label>
        <p className="field__help" id={`${idFor("source")}-help`}>
          {t("sourceHelp")}
        </p>
        {errorFor("source") ? (
          <p className="field__error" id={`${idFor("source")}-error`}>
            {errorFor("source")}
          </p>
        ) : null}
        <input
          id={idFor("source")}
          name="source"
          type="text"
          className="input"
          defaultValue={source}
          aria-invalid={errorFor("source") ? true : undefined}
          aria-describedby={`${errorFor("source") ? `${idFor("source")}-error ` : ""}${idFor("source")}-help`}
        />
      </div>
      <WideTable caption={t("ageSexCaption")} className="table population-table" data-table="age-sex">
        <thead>
          <tr>
            <th scope="col">{t("ageGroup")}</th>
            {POPULATION_SEXES.map((sex) => (
              <th scope="col" key={sex}>
                {t(`sexes.${sex}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {AGE_GROUPS.map((group) => (
            <tr key={group}>
              <th scope="row">{t("years", { group })}</th>
              {POPULATION_SEXES.map((sex) => {
                const category = ageSexCategory(group, sex);
                const name = `ageSex.${category}`;
                return <td key={sex}>{cell(name, labelFor(name), ageSex[category])}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </WideTable>
      <WideTable caption={t("districtCaption")} className="table population-table" data-table="districts">
        <TableHead columns={[{ label: t("district") }, { label: t("inhabitants") }]} />
        <tbody>
          {districts.map((district, index) => {
            const name = `districts.${index}.count`;
            return (
              <tr key={district.name}>
                <th scope="row">
                  {district.name}
                  <input type="hidden" name={`districts.${index}.name`} value={district.name} />
                </th>
                <td>{cell(name, labelFor(name), district.count)}</td>
              </tr>
            );
          })}
        </tbody>
      </WideTable>
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
