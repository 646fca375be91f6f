import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import type { MemberListItem } from "@/lib/panels";

/** One page of members; the address (or "left") links to the member's page. */
export async function MemberTable({
  panelId,
  members,
  caption,
}: {
  panelId: number;
  members: MemberListItem[];
  caption: string;
}) {
  const t = await getTranslations("panels");
  return (
    <WideTable caption={caption} className="table panel-table" data-table="members">
      <TableHead
        columns={[
          { label: t("members.email") },
          { label: t("members.status") },
          { label: t("members.district") },
          { label: t("members.ageGroup") },
          { label: t("members.sex") },
          { label: t("members.postcode") },
        ]}
      />
      <tbody>
        {members.map((member) => (
          <tr key={member.id}>
            <th scope="row">
              <Link href={`/beheer/panels/${panelId}/leden/${member.id}`}>
                {member.email ?? t("members.leftMember", { id: member.id })}
              </Link>
            </th>
            <td>{t(`status.${member.status}`)}</td>
            <td>{member.district ?? t("members.noDistrict")}</td>
            <td>{member.ageGroup ? t("ageGroup", { group: member.ageGroup }) : "—"}</td>
            <td>{t(`sex.${member.sex}`)}</td>
            <td>{member.postcode ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
