CREATE TABLE `publication_previews` (
	`survey_id` integer PRIMARY KEY NOT NULL,
	`fingerprint` text NOT NULL,
	`snapshot` text NOT NULL,
	`built_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `result_settings` ADD `min_mean_group` integer DEFAULT 10 NOT NULL;