import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function SurveyNotFound() {
  return <NotFoundMessage messages="survey.notFound" />;
}
