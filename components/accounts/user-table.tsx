import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import type { ServerAction, UserListItem } from "@/lib/accounts";
import { ActiveForm } from "./active-form";
import { RoleForm } from "./role-form";

type Props = {
  users: UserListItem[];
  currentUserId: number;
  changeRoleAction: ServerAction<{ changed: boolean }>;
  setActiveAction: ServerAction<{ changed: boolean; active: boolean }>;
};

/** All accounts; an administrator's own row has no controls (they cannot demote or deactivate themself). */
export async function UserTable({ users, currentUserId, changeRoleAction, setActiveAction }: Props) {
  const t = await getTranslations("beheer");
  return (
    <WideTable caption={t("users.caption")} captionClassName="visually-hidden" className="table user-table">
      <TableHead
        columns={[
          { label: t("users.colEmail") },
          { label: t("users.colName") },
          { label: t("users.colRole") },
          { label: t("users.colActive") },
          { label: t("users.colActions") },
        ]}
      />
      <tbody>
        {users.map((user) => (
          <tr key={user.id} data-user-email={user.email}>
            <th scope="row">{user.email}</th>
            <td>{user.name}</td>
            <td>{t(`roles.${user.role}`)}</td>
            <td>{user.active ? t("users.active") : t("users.inactive")}</td>
            <td>
              {user.id === currentUserId ? (
                <span className="muted">{t("users.you")}</span>
              ) : (
                <div className="user-table__actions">
                  <RoleForm action={changeRoleAction} userId={user.id} name={user.name} role={user.role} />
                  <ActiveForm
                    action={setActiveAction}
                    userId={user.id}
                    name={user.name}
                    active={user.active}
                  />
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
