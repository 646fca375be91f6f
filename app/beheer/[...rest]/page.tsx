import { notFound } from "next/navigation";

/** Unknown paths under /beheer get the staff area's own "not found" page (app/beheer/not-found.tsx). */
export default function UnknownStaffPage() {
  notFound();
}
