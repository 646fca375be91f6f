CREATE TABLE "survey_short_links" (
	"survey_id" integer PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "results_expected_on" text;--> statement-breakpoint
ALTER TABLE "survey_short_links" ADD CONSTRAINT "survey_short_links_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_short_links_code_idx" ON "survey_short_links" USING btree ("code");