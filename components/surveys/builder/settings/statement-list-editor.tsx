"use client";

import { useTranslations } from "next-intl";
import { idFromText, newStatement } from "@/lib/surveys/client";
import { KeyedTextListEditor } from "./keyed-text-list-editor";

/** The statements of a Likert grid. Like option values, a statement's id follows its text only until it is first left. */
export function StatementListEditor({ path }: { path: string }) {
  const t = useTranslations("builder");
  return (
    <KeyedTextListEditor
      path={path}
      textField="text"
      keyField="id"
      keyFromText={(text, taken) => idFromText(text, taken, "stelling")}
      newItem={newStatement}
      describeKey={(id) => (id ? t("likert.statementId", { id }) : t("options.valuePending"))}
      texts={{
        legend: t("likert.statements"),
        item: (number) => t("likert.statement", { number }),
        up: (number) => t("likert.statementUp", { number }),
        down: (number) => t("likert.statementDown", { number }),
        remove: (number) => t("likert.statementRemove", { number }),
        added: (number) => t("likert.statementAdded", { number }),
        add: t("likert.addStatement"),
      }}
    />
  );
}
