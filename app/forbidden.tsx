import { Forbidden } from "@/components/accounts/forbidden";
import { getSessionUser } from "@/lib/accounts";

/** What forbidden() shows (lib/accounts/data/page-gate.ts and the area layouts), with status 403. */
export default async function ForbiddenPage() {
  const user = await getSessionUser();
  return (
    <div className="container">
      <Forbidden user={user} />
    </div>
  );
}
