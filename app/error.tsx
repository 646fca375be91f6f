"use client";

import { refusedActionKind } from "@/lib/http/refused-action-message";
import enHttp from "@/messages/en/http.json";
import nlHttp from "@/messages/nl/http.json";

type Texts = { title: string; text: string; inForm?: string; toForm?: string; retry: string };

// Said in both languages the whole interface has: this client component has no catalogue at hand
// and cannot know the page's language, so Dutch comes first and English follows, each marked with
// its own lang (as the server's own error pages do, lib/http/error-response.ts).
const GENERAL: Record<"nl" | "en", Texts> = {
  nl: {
    title: "Er ging iets mis",
    text: "Er ging iets mis aan onze kant. Uw eerder opgeslagen antwoorden zijn bewaard. Probeer het over een paar minuten opnieuw.",
    retry: "Opnieuw proberen",
  },
  en: {
    title: "Something went wrong",
    text: "Something went wrong on our side. The answers you saved earlier are kept. Please try again in a few minutes.",
    retry: "Try again",
  },
};

function Explanation({
  lang,
  texts,
  reset,
  heading,
}: {
  lang: "nl" | "en";
  texts: Texts;
  reset: () => void;
  heading: "h1" | "h2";
}) {
  const Heading = heading;
  return (
    <section lang={lang}>
      <Heading>{texts.title}</Heading>
      <p>{texts.text}</p>
      {texts.inForm ? <p>{texts.inForm}</p> : null}
      <button type="button" className="button" onClick={() => reset()}>
        {texts.toForm ?? texts.retry}
      </button>
    </section>
  );
}

// Shown instead of a stack trace when a page fails; the details go to the server log only.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  // A form sent more than the server takes (or something it could not read): say so, not "our fault".
  const refused = refusedActionKind(error.message);
  const nl: Texts = refused ? { ...nlHttp[refused], retry: GENERAL.nl.retry } : GENERAL.nl;
  const en: Texts = refused ? { ...enHttp[refused], retry: GENERAL.en.retry } : GENERAL.en;
  return (
    <div className="container">
      <Explanation lang="nl" texts={nl} reset={reset} heading="h1" />
      <Explanation lang="en" texts={en} reset={reset} heading="h2" />
    </div>
  );
}
