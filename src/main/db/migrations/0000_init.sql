CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`data_json` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`debtor_type` text DEFAULT 'b2b' NOT NULL,
	`country` text DEFAULT 'NL' NOT NULL,
	`language` text DEFAULT 'nl' NOT NULL,
	`email` text,
	`phone` text,
	`address_line` text,
	`postal_code` text,
	`city` text,
	`vat_number` text,
	`kbo_number` text,
	`kvk_number` text,
	`iban` text,
	`payment_term_days` integer,
	`credit_limit_cents` integer,
	`dunning_policy_id` integer,
	`on_hold` integer DEFAULT false NOT NULL,
	`snoozed_until` text,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`dunning_policy_id`) REFERENCES `dunning_policies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "customers_debtor_type" CHECK("customers"."debtor_type" IN ('b2b', 'b2c', 'government')),
	CONSTRAINT "customers_country" CHECK("customers"."country" IN ('NL', 'BE')),
	CONSTRAINT "customers_language" CHECK("customers"."language" IN ('nl', 'fr', 'en')),
	CONSTRAINT "customers_credit_limit_cents" CHECK("customers"."credit_limit_cents" IS NULL OR typeof("customers"."credit_limit_cents") = 'integer'),
	CONSTRAINT "customers_snoozed_until" CHECK("customers"."snoozed_until" IS NULL OR "customers"."snoozed_until" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_code` ON `customers` (`code`);--> statement-breakpoint
CREATE INDEX `customers_name` ON `customers` (`name`);--> statement-breakpoint
CREATE TABLE `dunning_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`invoice_id` integer,
	`level` integer NOT NULL,
	`channel` text NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`principal_cents` integer NOT NULL,
	`costs_cents` integer DEFAULT 0 NOT NULL,
	`interest_cents` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `dunning_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dunning_actions_principal" CHECK(typeof("dunning_actions"."principal_cents") = 'integer'),
	CONSTRAINT "dunning_actions_costs" CHECK(typeof("dunning_actions"."costs_cents") = 'integer'),
	CONSTRAINT "dunning_actions_interest" CHECK(typeof("dunning_actions"."interest_cents") = 'integer'),
	CONSTRAINT "dunning_actions_status" CHECK("dunning_actions"."status" IN ('proposed', 'sent', 'skipped', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `dunning_actions_run` ON `dunning_actions` (`run_id`);--> statement-breakpoint
CREATE INDEX `dunning_actions_customer` ON `dunning_actions` (`customer_id`);--> statement-breakpoint
CREATE TABLE `dunning_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`policy_id` integer NOT NULL,
	`level` integer NOT NULL,
	`name` text NOT NULL,
	`days_after_due` integer NOT NULL,
	`min_days_since_previous` integer DEFAULT 14 NOT NULL,
	`channel` text DEFAULT 'letter' NOT NULL,
	`template` text NOT NULL,
	`charge_costs` integer DEFAULT false NOT NULL,
	`charge_interest` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `dunning_policies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dunning_levels_channel" CHECK("dunning_levels"."channel" IN ('letter', 'email')),
	CONSTRAINT "dunning_levels_level" CHECK("dunning_levels"."level" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dunning_levels_policy_level` ON `dunning_levels` (`policy_id`,`level`);--> statement-breakpoint
CREATE TABLE `dunning_policies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`minimum_cents` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dunning_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_date` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`committed_at` text,
	CONSTRAINT "dunning_runs_date" CHECK("dunning_runs"."run_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "dunning_runs_status" CHECK("dunning_runs"."status" IN ('draft', 'committed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE `letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer,
	`customer_id` integer NOT NULL,
	`file_path` text NOT NULL,
	`sha256` text NOT NULL,
	`channel` text NOT NULL,
	`language` text NOT NULL,
	`sent_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `dunning_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "letters_channel" CHECK("letters"."channel" IN ('letter', 'email'))
);
--> statement-breakpoint
CREATE INDEX `letters_customer` ON `letters` (`customer_id`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`opened_on` text NOT NULL,
	`resolved_on` text,
	`resolution` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "disputes_opened" CHECK("disputes"."opened_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "disputes_resolved" CHECK("disputes"."resolved_on" IS NULL OR "disputes"."resolved_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "disputes_status" CHECK("disputes"."status" IN ('open', 'resolved', 'rejected'))
);
--> statement-breakpoint
CREATE INDEX `disputes_invoice` ON `disputes` (`invoice_id`,`status`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`invoice_id` integer,
	`kind` text DEFAULT 'note' NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "notes_kind" CHECK("notes"."kind" IN ('note', 'call', 'email', 'letter', 'system'))
);
--> statement-breakpoint
CREATE INDEX `notes_customer` ON `notes` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `payment_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`start_date` text NOT NULL,
	`total_cents` integer NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_plans_total" CHECK(typeof("payment_plans"."total_cents") = 'integer'),
	CONSTRAINT "payment_plans_start" CHECK("payment_plans"."start_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "payment_plans_status" CHECK("payment_plans"."status" IN ('active', 'completed', 'defaulted', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `payment_plans_customer` ON `payment_plans` (`customer_id`,`status`);--> statement-breakpoint
CREATE TABLE `plan_instalments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`due_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`paid_cents` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_instalments_amount" CHECK(typeof("plan_instalments"."amount_cents") = 'integer'),
	CONSTRAINT "plan_instalments_paid" CHECK(typeof("plan_instalments"."paid_cents") = 'integer'),
	CONSTRAINT "plan_instalments_due" CHECK("plan_instalments"."due_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `plan_instalments_plan` ON `plan_instalments` (`plan_id`,`seq`);--> statement-breakpoint
CREATE TABLE `plan_invoices` (
	`plan_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `promises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`invoice_id` integer,
	`promised_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "promises_amount" CHECK(typeof("promises"."amount_cents") = 'integer'),
	CONSTRAINT "promises_date" CHECK("promises"."promised_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "promises_status" CHECK("promises"."status" IN ('open', 'kept', 'broken', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `promises_customer` ON `promises` (`customer_id`,`status`);--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`preset` text NOT NULL,
	`mapping_json` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_name` ON `import_mappings` (`name`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`number` text NOT NULL,
	`invoice_date` text NOT NULL,
	`due_date` text NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`amount_cents` integer NOT NULL,
	`open_cents` integer NOT NULL,
	`payment_reference` text,
	`description` text,
	`status` text DEFAULT 'open' NOT NULL,
	`disputed` integer DEFAULT false NOT NULL,
	`on_hold` integer DEFAULT false NOT NULL,
	`handed_over` integer DEFAULT false NOT NULL,
	`dunning_level` integer DEFAULT 0 NOT NULL,
	`last_dunned_on` text,
	`import_source` text,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoices_amount_cents" CHECK(typeof("invoices"."amount_cents") = 'integer'),
	CONSTRAINT "invoices_open_cents" CHECK(typeof("invoices"."open_cents") = 'integer'),
	CONSTRAINT "invoices_open_within_amount" CHECK(abs("invoices"."open_cents") <= abs("invoices"."amount_cents")),
	CONSTRAINT "invoices_dunning_level" CHECK("invoices"."dunning_level" IS NULL OR typeof("invoices"."dunning_level") = 'integer'),
	CONSTRAINT "invoices_invoice_date" CHECK("invoices"."invoice_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_due_date" CHECK("invoices"."due_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_last_dunned_on" CHECK("invoices"."last_dunned_on" IS NULL OR "invoices"."last_dunned_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_status" CHECK("invoices"."status" IN ('open', 'paid', 'archived', 'written_off'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_customer_number` ON `invoices` (`customer_id`,`number`);--> statement-breakpoint
CREATE INDEX `invoices_status_due` ON `invoices` (`status`,`due_date`,`open_cents`);--> statement-breakpoint
CREATE INDEX `invoices_customer_status_due` ON `invoices` (`customer_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `invoices_payment_reference` ON `invoices` (`payment_reference`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`payload_json` text NOT NULL,
	`run_at` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 3 NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`last_error` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "jobs_status" CHECK("jobs"."status" IN ('queued', 'running', 'done', 'failed', 'parked'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_idempotency` ON `jobs` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `jobs_status_run_at` ON `jobs` (`status`,`run_at`);--> statement-breakpoint
CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`kind` text NOT NULL,
	`confidence` real,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`undone_at` text,
	FOREIGN KEY (`entry_id`) REFERENCES `bank_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "allocations_amount_cents" CHECK(typeof("allocations"."amount_cents") = 'integer'),
	CONSTRAINT "allocations_kind" CHECK("allocations"."kind" IN ('auto', 'manual', 'return'))
);
--> statement-breakpoint
CREATE INDEX `allocations_entry` ON `allocations` (`entry_id`);--> statement-breakpoint
CREATE INDEX `allocations_invoice` ON `allocations` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account` text NOT NULL,
	`name` text,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`last_statement_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "bank_accounts_last" CHECK("bank_accounts"."last_statement_date" IS NULL OR "bank_accounts"."last_statement_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_accounts_account` ON `bank_accounts` (`account`);--> statement-breakpoint
CREATE TABLE `bank_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`bank_account_id` integer NOT NULL,
	`booking_date` text NOT NULL,
	`value_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`counterparty_name` text,
	`counterparty_account` text,
	`structured_reference` text,
	`remittance` text,
	`bank_reference` text,
	`dedup_key` text NOT NULL,
	`return_reason` text,
	`status` text DEFAULT 'unmatched' NOT NULL,
	`unapplied_cents` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `bank_statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bank_entries_amount_cents" CHECK(typeof("bank_entries"."amount_cents") = 'integer'),
	CONSTRAINT "bank_entries_unapplied_cents" CHECK(typeof("bank_entries"."unapplied_cents") = 'integer'),
	CONSTRAINT "bank_entries_booking_date" CHECK("bank_entries"."booking_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "bank_entries_value_date" CHECK("bank_entries"."value_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "bank_entries_status" CHECK("bank_entries"."status" IN ('unmatched', 'partial', 'matched', 'ignored'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_entries_dedup` ON `bank_entries` (`bank_account_id`,`dedup_key`);--> statement-breakpoint
CREATE INDEX `bank_entries_status` ON `bank_entries` (`status`,`booking_date`);--> statement-breakpoint
CREATE INDEX `bank_entries_reference` ON `bank_entries` (`structured_reference`);--> statement-breakpoint
CREATE TABLE `bank_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank_account_id` integer NOT NULL,
	`format` text NOT NULL,
	`source_file` text NOT NULL,
	`file_sha256` text NOT NULL,
	`opening_date` text NOT NULL,
	`opening_cents` integer NOT NULL,
	`closing_date` text NOT NULL,
	`closing_cents` integer NOT NULL,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bank_statements_format" CHECK("bank_statements"."format" IN ('camt053', 'mt940', 'coda')),
	CONSTRAINT "bank_statements_opening_cents" CHECK(typeof("bank_statements"."opening_cents") = 'integer'),
	CONSTRAINT "bank_statements_closing_cents" CHECK(typeof("bank_statements"."closing_cents") = 'integer'),
	CONSTRAINT "bank_statements_opening_date" CHECK("bank_statements"."opening_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "bank_statements_closing_date" CHECK("bank_statements"."closing_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `bank_statements_account_closing` ON `bank_statements` (`bank_account_id`,`closing_date`);--> statement-breakpoint
CREATE TABLE `administration_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`address_line` text,
	`postal_code` text,
	`city` text,
	`country` text DEFAULT 'NL' NOT NULL,
	`iban` text,
	`bic` text,
	`vat_number` text,
	`kbo_number` text,
	`kvk_number` text,
	`default_language` text DEFAULT 'nl' NOT NULL,
	`email` text,
	`phone` text,
	`logo` blob,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "profile_single_row" CHECK("administration_profile"."id" = 1),
	CONSTRAINT "profile_country" CHECK("administration_profile"."country" IN ('NL', 'BE')),
	CONSTRAINT "profile_language" CHECK("administration_profile"."default_language" IN ('nl', 'fr', 'en'))
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
