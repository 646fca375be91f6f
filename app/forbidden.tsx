import { Forbidden } from "@/components/auth/forbidden";
import { getSessionUser } from "@/lib/auth/session";

/** What forbidden() shows (lib/auth/page-gate.ts and the area layouts), with status 403. */
export default async function ForbiddenPage() {
  const user = await getSessionUser();
  return (
    <div className="container">
      <Forbidden user={user} />
    </div>
  );
}
