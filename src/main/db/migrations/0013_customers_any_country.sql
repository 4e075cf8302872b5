PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_customers` (
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
	CONSTRAINT "customers_debtor_type" CHECK("__new_customers"."debtor_type" IN ('b2b', 'b2c', 'government')),
	CONSTRAINT "customers_country" CHECK("__new_customers"."country" GLOB '[A-Z][A-Z]'),
	CONSTRAINT "customers_language" CHECK("__new_customers"."language" IN ('nl', 'fr', 'en')),
	CONSTRAINT "customers_credit_limit_cents" CHECK("__new_customers"."credit_limit_cents" IS NULL OR typeof("__new_customers"."credit_limit_cents") = 'integer'),
	CONSTRAINT "customers_snoozed_until" CHECK("__new_customers"."snoozed_until" IS NULL OR "__new_customers"."snoozed_until" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_customers`("id", "code", "name", "debtor_type", "country", "language", "email", "phone", "address_line", "postal_code", "city", "vat_number", "kbo_number", "kvk_number", "iban", "payment_term_days", "credit_limit_cents", "dunning_policy_id", "on_hold", "snoozed_until", "archived", "created_at", "updated_at") SELECT "id", "code", "name", "debtor_type", "country", "language", "email", "phone", "address_line", "postal_code", "city", "vat_number", "kbo_number", "kvk_number", "iban", "payment_term_days", "credit_limit_cents", "dunning_policy_id", "on_hold", "snoozed_until", "archived", "created_at", "updated_at" FROM `customers`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
ALTER TABLE `__new_customers` RENAME TO `customers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `customers_code` ON `customers` (`code`);--> statement-breakpoint
CREATE INDEX `customers_name` ON `customers` (`name`);--> statement-breakpoint
CREATE TABLE `__new_segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`classes` text,
	`country` text,
	`debtor_type` text,
	`min_open_cents` integer,
	`max_open_cents` integer,
	`payment_term_days` integer,
	`credit_limit_cents` integer,
	`dunning_policy_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`dunning_policy_id`) REFERENCES `dunning_policies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "segments_classes" CHECK("__new_segments"."classes" IS NULL OR ("__new_segments"."classes" <> '' AND "__new_segments"."classes" NOT GLOB '*[^A-E]*')),
	CONSTRAINT "segments_country" CHECK("__new_segments"."country" IS NULL OR "__new_segments"."country" GLOB '[A-Z][A-Z]'),
	CONSTRAINT "segments_debtor_type" CHECK("__new_segments"."debtor_type" IS NULL OR "__new_segments"."debtor_type" IN ('b2b', 'b2c', 'government')),
	CONSTRAINT "segments_min_open" CHECK("__new_segments"."min_open_cents" IS NULL OR typeof("__new_segments"."min_open_cents") = 'integer'),
	CONSTRAINT "segments_max_open" CHECK("__new_segments"."max_open_cents" IS NULL OR typeof("__new_segments"."max_open_cents") = 'integer'),
	CONSTRAINT "segments_limit" CHECK("__new_segments"."credit_limit_cents" IS NULL OR typeof("__new_segments"."credit_limit_cents") = 'integer'),
	CONSTRAINT "segments_term" CHECK("__new_segments"."payment_term_days" IS NULL OR "__new_segments"."payment_term_days" BETWEEN 0 AND 366)
);
--> statement-breakpoint
INSERT INTO `__new_segments`("id", "name", "position", "classes", "country", "debtor_type", "min_open_cents", "max_open_cents", "payment_term_days", "credit_limit_cents", "dunning_policy_id", "created_at", "updated_at") SELECT "id", "name", "position", "classes", "country", "debtor_type", "min_open_cents", "max_open_cents", "payment_term_days", "credit_limit_cents", "dunning_policy_id", "created_at", "updated_at" FROM `segments`;--> statement-breakpoint
DROP TABLE `segments`;--> statement-breakpoint
ALTER TABLE `__new_segments` RENAME TO `segments`;--> statement-breakpoint
CREATE UNIQUE INDEX `segments_name` ON `segments` (`name`);