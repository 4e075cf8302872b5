CREATE TABLE `customer_credit` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`not_invoiced_cents` integer DEFAULT 0 NOT NULL,
	`policy_id` integer,
	`insured_limit_cents` integer,
	`cover_decision_on` text,
	`cover_pct` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_id`) REFERENCES `insurance_policies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "customer_credit_not_invoiced" CHECK(typeof("customer_credit"."not_invoiced_cents") = 'integer' AND "customer_credit"."not_invoiced_cents" >= 0),
	CONSTRAINT "customer_credit_insured_limit" CHECK("customer_credit"."insured_limit_cents" IS NULL OR typeof("customer_credit"."insured_limit_cents") = 'integer'),
	CONSTRAINT "customer_credit_decision_on" CHECK("customer_credit"."cover_decision_on" IS NULL OR "customer_credit"."cover_decision_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "customer_credit_cover_pct" CHECK("customer_credit"."cover_pct" IS NULL OR "customer_credit"."cover_pct" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE `customer_risk` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`as_of` text NOT NULL,
	`score` integer NOT NULL,
	`risk_class` text NOT NULL,
	`segment_id` integer,
	`suggested_limit_cents` integer,
	`previous_score` integer,
	`detail_json` text NOT NULL,
	`computed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "customer_risk_as_of" CHECK("customer_risk"."as_of" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "customer_risk_score" CHECK(typeof("customer_risk"."score") = 'integer' AND "customer_risk"."score" BETWEEN 0 AND 100),
	CONSTRAINT "customer_risk_class_check" CHECK("customer_risk"."risk_class" IN ('A', 'B', 'C', 'D', 'E')),
	CONSTRAINT "customer_risk_suggested" CHECK("customer_risk"."suggested_limit_cents" IS NULL OR typeof("customer_risk"."suggested_limit_cents") = 'integer'),
	CONSTRAINT "customer_risk_previous" CHECK("customer_risk"."previous_score" IS NULL OR "customer_risk"."previous_score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE INDEX `customer_risk_class` ON `customer_risk` (`risk_class`,`score`);--> statement-breakpoint
CREATE TABLE `external_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`agency` text NOT NULL,
	`score` integer NOT NULL,
	`rating` text,
	`scored_on` text NOT NULL,
	`source` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "external_scores_score" CHECK(typeof("external_scores"."score") = 'integer' AND "external_scores"."score" BETWEEN 0 AND 100),
	CONSTRAINT "external_scores_on" CHECK("external_scores"."scored_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "external_scores_agency" CHECK("external_scores"."agency" IN ('graydon', 'creditsafe', 'companyweb', 'dnb', 'other')),
	CONSTRAINT "external_scores_source" CHECK("external_scores"."source" IN ('manual', 'csv'))
);
--> statement-breakpoint
CREATE INDEX `external_scores_customer` ON `external_scores` (`customer_id`,`scored_on`);--> statement-breakpoint
CREATE TABLE `insurance_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`invoice_id` integer,
	`policy_id` integer NOT NULL,
	`noticed_on` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_id`) REFERENCES `insurance_policies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "insurance_notices_on" CHECK("insurance_notices"."noticed_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `insurance_notices_customer` ON `insurance_notices` (`customer_id`,`noticed_on`);--> statement-breakpoint
CREATE TABLE `insurance_policies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`insurer` text NOT NULL,
	`policy_number` text NOT NULL,
	`cover_pct` integer DEFAULT 90 NOT NULL,
	`notify_after_days` integer NOT NULL,
	`max_extension_days` integer,
	`warn_days_before` integer DEFAULT 14 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "insurance_policies_cover_pct" CHECK("insurance_policies"."cover_pct" BETWEEN 0 AND 100),
	CONSTRAINT "insurance_policies_notify" CHECK("insurance_policies"."notify_after_days" >= 0),
	CONSTRAINT "insurance_policies_extension" CHECK("insurance_policies"."max_extension_days" IS NULL OR "insurance_policies"."max_extension_days" >= 0),
	CONSTRAINT "insurance_policies_warn" CHECK("insurance_policies"."warn_days_before" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `insurance_policies_number` ON `insurance_policies` (`insurer`,`policy_number`);--> statement-breakpoint
CREATE TABLE `segments` (
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
	CONSTRAINT "segments_classes" CHECK("segments"."classes" IS NULL OR ("segments"."classes" <> '' AND "segments"."classes" NOT GLOB '*[^A-E]*')),
	CONSTRAINT "segments_country" CHECK("segments"."country" IS NULL OR "segments"."country" IN ('NL', 'BE')),
	CONSTRAINT "segments_debtor_type" CHECK("segments"."debtor_type" IS NULL OR "segments"."debtor_type" IN ('b2b', 'b2c', 'government')),
	CONSTRAINT "segments_min_open" CHECK("segments"."min_open_cents" IS NULL OR typeof("segments"."min_open_cents") = 'integer'),
	CONSTRAINT "segments_max_open" CHECK("segments"."max_open_cents" IS NULL OR typeof("segments"."max_open_cents") = 'integer'),
	CONSTRAINT "segments_limit" CHECK("segments"."credit_limit_cents" IS NULL OR typeof("segments"."credit_limit_cents") = 'integer'),
	CONSTRAINT "segments_term" CHECK("segments"."payment_term_days" IS NULL OR "segments"."payment_term_days" BETWEEN 0 AND 366)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `segments_name` ON `segments` (`name`);