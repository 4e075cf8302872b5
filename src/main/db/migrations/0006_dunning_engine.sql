PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_dunning_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`policy_id` integer,
	`level` integer NOT NULL,
	`channel` text NOT NULL,
	`template_key` text DEFAULT '' NOT NULL,
	`language` text DEFAULT 'nl' NOT NULL,
	`regime` text DEFAULT 'NL-b2b' NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`legal_notice` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`invoice_id` integer,
	`skip_reason` text,
	`principal_cents` integer NOT NULL,
	`fee_cents` integer DEFAULT 0 NOT NULL,
	`costs_cents` integer DEFAULT 0 NOT NULL,
	`interest_cents` integer DEFAULT 0 NOT NULL,
	`max_fee_cents` integer DEFAULT 0 NOT NULL,
	`allowed_costs_cents` integer DEFAULT 0 NOT NULL,
	`allowed_interest_cents` integer DEFAULT 0 NOT NULL,
	`announced_costs_cents` integer DEFAULT 0 NOT NULL,
	`explanation_json` text DEFAULT '[]' NOT NULL,
	`sent_on` text,
	`task_done_on` text,
	`task_note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `dunning_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_id`) REFERENCES `dunning_policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dunning_actions_principal" CHECK(typeof("__new_dunning_actions"."principal_cents") = 'integer'),
	CONSTRAINT "dunning_actions_costs" CHECK(typeof("__new_dunning_actions"."costs_cents") = 'integer'),
	CONSTRAINT "dunning_actions_interest" CHECK(typeof("__new_dunning_actions"."interest_cents") = 'integer'),
	CONSTRAINT "dunning_actions_status" CHECK("__new_dunning_actions"."status" IN ('proposed', 'sent', 'skipped', 'cancelled'))
);
--> statement-breakpoint
INSERT INTO `__new_dunning_actions`("id", "run_id", "customer_id", "policy_id", "level", "channel", "template_key", "language", "regime", "currency", "legal_notice", "status", "invoice_id", "skip_reason", "principal_cents", "fee_cents", "costs_cents", "interest_cents", "max_fee_cents", "allowed_costs_cents", "allowed_interest_cents", "announced_costs_cents", "explanation_json", "sent_on", "task_done_on", "task_note", "created_at") SELECT "id", "run_id", "customer_id", "policy_id", "level", "channel", "template_key", "language", "regime", "currency", "legal_notice", "status", "invoice_id", "skip_reason", "principal_cents", "fee_cents", "costs_cents", "interest_cents", "max_fee_cents", "allowed_costs_cents", "allowed_interest_cents", "announced_costs_cents", "explanation_json", "sent_on", "task_done_on", "task_note", "created_at" FROM `dunning_actions`;--> statement-breakpoint
DROP TABLE `dunning_actions`;--> statement-breakpoint
ALTER TABLE `__new_dunning_actions` RENAME TO `dunning_actions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `dunning_actions_run` ON `dunning_actions` (`run_id`);--> statement-breakpoint
CREATE INDEX `dunning_actions_customer` ON `dunning_actions` (`customer_id`,`status`);--> statement-breakpoint
CREATE TABLE `__new_dunning_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`policy_id` integer NOT NULL,
	`level` integer NOT NULL,
	`name` text NOT NULL,
	`days_after_due` integer NOT NULL,
	`min_days_since_previous` integer DEFAULT 14 NOT NULL,
	`channel` text DEFAULT 'letter' NOT NULL,
	`template` text NOT NULL,
	`fee_cents` integer DEFAULT 0 NOT NULL,
	`charge_costs` integer DEFAULT false NOT NULL,
	`charge_interest` integer DEFAULT false NOT NULL,
	`legal_notice` integer DEFAULT false NOT NULL,
	`auto_send` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `dunning_policies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dunning_levels_channel" CHECK("__new_dunning_levels"."channel" IN ('letter', 'email')),
	CONSTRAINT "dunning_levels_level" CHECK("__new_dunning_levels"."level" >= 1)
);
--> statement-breakpoint
INSERT INTO `__new_dunning_levels`("id", "policy_id", "level", "name", "days_after_due", "min_days_since_previous", "channel", "template", "fee_cents", "charge_costs", "charge_interest", "legal_notice", "auto_send") SELECT "id", "policy_id", "level", "name", "days_after_due", "min_days_since_previous", "channel", "template", "fee_cents", "charge_costs", "charge_interest", "legal_notice", "auto_send" FROM `dunning_levels`;--> statement-breakpoint
DROP TABLE `dunning_levels`;--> statement-breakpoint
ALTER TABLE `__new_dunning_levels` RENAME TO `dunning_levels`;--> statement-breakpoint
CREATE UNIQUE INDEX `dunning_levels_policy_level` ON `dunning_levels` (`policy_id`,`level`);--> statement-breakpoint
CREATE TABLE `__new_dunning_policies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`regime` text DEFAULT 'NL-b2b' NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`minimum_cents` integer DEFAULT 0 NOT NULL,
	`min_interval_days` integer DEFAULT 7 NOT NULL,
	`courtesy_days` integer,
	`courtesy_channel` text DEFAULT 'email' NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_dunning_policies`("id", "name", "regime", "is_default", "minimum_cents", "min_interval_days", "courtesy_days", "courtesy_channel", "archived", "created_at") SELECT "id", "name", "regime", "is_default", "minimum_cents", "min_interval_days", "courtesy_days", "courtesy_channel", "archived", "created_at" FROM `dunning_policies`;--> statement-breakpoint
DROP TABLE `dunning_policies`;--> statement-breakpoint
ALTER TABLE `__new_dunning_policies` RENAME TO `dunning_policies`;--> statement-breakpoint
CREATE UNIQUE INDEX `dunning_policies_default_regime` ON `dunning_policies` (`regime`) WHERE "dunning_policies"."is_default" = 1;--> statement-breakpoint
CREATE TABLE `__new_dunning_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_date` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`kind` text DEFAULT 'manual' NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	`freshness` text DEFAULT 'ok' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`committed_at` text,
	`cancelled_at` text,
	`cancel_reason` text,
	CONSTRAINT "dunning_runs_date" CHECK("__new_dunning_runs"."run_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "dunning_runs_status" CHECK("__new_dunning_runs"."status" IN ('draft', 'committed', 'cancelled'))
);
--> statement-breakpoint
INSERT INTO `__new_dunning_runs`("id", "run_date", "status", "kind", "source", "freshness", "created_at", "committed_at", "cancelled_at", "cancel_reason") SELECT "id", "run_date", "status", "kind", "source", "freshness", "created_at", "committed_at", "cancelled_at", "cancel_reason" FROM `dunning_runs`;--> statement-breakpoint
DROP TABLE `dunning_runs`;--> statement-breakpoint
ALTER TABLE `__new_dunning_runs` RENAME TO `dunning_runs`;--> statement-breakpoint
CREATE UNIQUE INDEX `dunning_runs_live_day` ON `dunning_runs` (`run_date`,`kind`) WHERE "dunning_runs"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX `invoices_open_aging` ON `invoices` (`status`,`customer_id`,`due_date`,`invoice_date`,`open_cents`,`disputed`);--> statement-breakpoint
CREATE INDEX `invoices_settled_on` ON `invoices` (`settled_on`);--> statement-breakpoint
CREATE INDEX `invoices_archived_at` ON `invoices` (`archived_at`);--> statement-breakpoint
CREATE INDEX `invoices_invoice_date` ON `invoices` (`invoice_date`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `bank_entries_booking_date` ON `bank_entries` (`booking_date`);