CREATE TABLE `completion_day_counts` (
	`survey_id` integer NOT NULL,
	`day` text NOT NULL,
	`channel` text NOT NULL,
	`panel_id` integer DEFAULT 0 NOT NULL,
	`completed` integer NOT NULL,
	`erased_at` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `day`, `channel`, `panel_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
