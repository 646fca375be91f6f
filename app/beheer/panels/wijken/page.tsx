import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { AllPanelsPageHeader } from "@/components/panels/all-panels-page-header";
import { DistrictForm } from "@/components/panels/district-form";
import { DeleteDistrictForm, RederiveForm } from "@/components/panels/district-row-actions";
import { gatePage } from "@/lib/accounts";
import { countStaleDistricts, listDistrictRows } from "@/lib/panels";
import {
  addDistrictAction,
  deleteDistrictAction,
  rederiveDistrictsAction,
  updateDistrictAction,
} from "./actions";

export const generateMetadata = pageTitle("panels.districts");

type Props = { searchParams: Promise<{ wijzig?: string | string[] }> };

/** The postcode → district table, for administrators. */
export default async function DistrictsPage({ searchParams }: Props) {
  await connection();
  await gatePage("panel:districts", "/beheer/panels/wijken");
  const [t, rows, stale, query] = await Promise.all([
    getTranslations("panels.districts"),
    listDistrictRows(),
    countStaleDistricts(),
    searchParams,
  ]);
  const editing =
    typeof query.wijzig === "string" ? rows.find((row) => row.postcode4 === query.wijzig) : undefined;
  return (
    <>
      <AllPanelsPageHeader messages="panels.districts" />
      <p className="alert">{t("demoNote")}</p>
      <h2>{t("rederiveTitle")}</h2>
      <RederiveForm action={rederiveDistrictsAction} stale={stale} />
      {editing ? (
        <DistrictForm key={editing.postcode4} action={updateDistrictAction} original={editing} />
      ) : null}
      <WideTable
        caption={t("caption", { count: rows.length })}
        className="table panel-table"
        data-table="districts"
      >
        <TableHead
          columns={[
            { label: t("postcode4") },
            { label: t("district") },
            { label: t("members"), figure: true },
            { label: t("actions") },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.postcode4}>
              <th scope="row">{row.postcode4}</th>
              <td>{row.district}</td>
              <td className="num">{row.members}</td>
              <td>
                <div className="inline-form">
                  <Link href={`/beheer/panels/wijken?wijzig=${row.postcode4}`}>
                    {t("edit")}
                    <span className="visually-hidden">
                      {" "}
                      ({t("rowName", { postcode4: row.postcode4, district: row.district })})
                    </span>
                  </Link>
                  <DeleteDistrictForm
                    action={deleteDistrictAction}
                    postcode4={row.postcode4}
                    district={row.district}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </WideTable>
      <DistrictForm action={addDistrictAction} />
    </>
  );
}
