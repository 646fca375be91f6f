import { getTranslations } from "next-intl/server";
import type { PublicAddress } from "@/lib/http/public-address";
import "./sharing.css";

/**
 * Tells staff, before they print or mail a link, that the site's public address is not configured
 * (or is the server itself), so the links on this page will not work for residents; and what the
 * server's administrator sets to fix it. Nothing when the address looks right.
 */
export async function PublicAddressWarning({ address }: { address: PublicAddress }) {
  if (!address.problem) return null;
  const t = await getTranslations("fieldwork.sharing.address");
  return (
    <div className="alert alert--warning" data-testid="public-address-warning">
      <h3>{t("title")}</h3>
      <p>{t(address.problem === "not-set" ? "notSet" : "thisComputer", { baseUrl: address.baseUrl })}</p>
      <p>
        {t("fix")} <code>PEILING_BASE_URL=https://peiling.uwgemeente.nl</code>
      </p>
    </div>
  );
}
