CREATE TABLE `invitation_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invitation_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_tokens_token_hash_unique` ON `invitation_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitation_tokens_invitation_idx` ON `invitation_tokens` (`invitation_id`);