CREATE TABLE `survey_short_links` (
	`survey_id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_short_links_code_idx` ON `survey_short_links` (`code`);--> statement-breakpoint
ALTER TABLE `surveys` ADD `results_expected_on` text;