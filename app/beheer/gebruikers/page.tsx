import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/accounts/create-user-form";
import { UserTable } from "@/components/accounts/user-table";
import { pageTitle } from "@/components/layout/page-title";
import { gatePage, listUsers } from "@/lib/accounts";
import { changeRoleAction, createUserAction, setActiveAction } from "./actions";

export const generateMetadata = pageTitle("beheer.users");

export default async function UsersPage() {
  await connection();
  const gate = await gatePage("user:manage", "/beheer/gebruikers");
  const [t, users] = await Promise.all([getTranslations("beheer.users"), listUsers()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("listTitle")}</h2>
      <UserTable
        users={users}
        currentUserId={gate.user.id}
        changeRoleAction={changeRoleAction}
        setActiveAction={setActiveAction}
      />
      <CreateUserForm action={createUserAction} />
    </>
  );
}
