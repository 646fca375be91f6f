import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/app/uitloggen/actions";

/** A form, not a link: logging out changes state, so it is a POST (and a prefetch cannot trigger it). */
export async function LogoutButton({ className = "button button--secondary" }: { className?: string }) {
  const t = await getTranslations("auth.logout");
  return (
    <form action={logoutAction} className="logout-form">
      <button type="submit" className={className}>
        {t("submit")}
      </button>
    </form>
  );
}
