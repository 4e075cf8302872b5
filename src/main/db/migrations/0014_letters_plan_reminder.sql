PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`run_id` integer,
	`action_id` integer,
	`plan_id` integer,
	`customer_id` integer NOT NULL,
	`batch_id` integer,
	`copy_of` integer,
	`template_key` text NOT NULL,
	`template_version` text NOT NULL,
	`language` text NOT NULL,
	`regime` text NOT NULL,
	`channel` text NOT NULL,
	`letter_date` text NOT NULL,
	`reference` text,
	`total_cents` integer,
	`pages` integer NOT NULL,
	`pdf` blob NOT NULL,
	`sha256` text NOT NULL,
	`content_json` text NOT NULL,
	`sent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `dunning_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `dunning_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `letter_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_of`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "letters_kind" CHECK("__new_letters"."kind" IN ('dunning', 'statement', 'plan', 'plan-reminder')),
	CONSTRAINT "letters_language" CHECK("__new_letters"."language" IN ('nl', 'fr', 'en')),
	CONSTRAINT "letters_regime" CHECK("__new_letters"."regime" IN ('NL-b2b', 'NL-b2c', 'BE-b2b', 'BE-b2c')),
	CONSTRAINT "letters_channel" CHECK("__new_letters"."channel" IN ('letter', 'email')),
	CONSTRAINT "letters_date" CHECK("__new_letters"."letter_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "letters_total" CHECK("__new_letters"."total_cents" IS NULL OR typeof("__new_letters"."total_cents") = 'integer'),
	CONSTRAINT "letters_pages" CHECK(typeof("__new_letters"."pages") = 'integer' AND "__new_letters"."pages" >= 1),
	CONSTRAINT "letters_sha256" CHECK(length("__new_letters"."sha256") = 64 AND "__new_letters"."sha256" NOT GLOB '*[^0-9a-f]*')
);
--> statement-breakpoint
INSERT INTO `__new_letters`("id", "kind", "run_id", "action_id", "plan_id", "customer_id", "batch_id", "copy_of", "template_key", "template_version", "language", "regime", "channel", "letter_date", "reference", "total_cents", "pages", "pdf", "sha256", "content_json", "sent_at", "created_at") SELECT "id", "kind", "run_id", "action_id", "plan_id", "customer_id", "batch_id", "copy_of", "template_key", "template_version", "language", "regime", "channel", "letter_date", "reference", "total_cents", "pages", "pdf", "sha256", "content_json", "sent_at", "created_at" FROM `letters`;--> statement-breakpoint
DROP TABLE `letters`;--> statement-breakpoint
ALTER TABLE `__new_letters` RENAME TO `letters`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `letters_customer` ON `letters` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `letters_run` ON `letters` (`run_id`);--> statement-breakpoint
CREATE INDEX `letters_copy_of` ON `letters` (`copy_of`);--> statement-breakpoint
CREATE UNIQUE INDEX `letters_action_original` ON `letters` (`action_id`) WHERE "letters"."copy_of" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `letters_reference` ON `letters` (`reference`) WHERE "letters"."copy_of" IS NULL;