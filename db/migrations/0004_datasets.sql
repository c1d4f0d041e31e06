CREATE TABLE "dataset" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"model_key" text NOT NULL,
	"filter" jsonb NOT NULL,
	"created_by_id" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_base_row" (
	"dataset_id" uuid NOT NULL,
	"row_key" text collate "C" NOT NULL,
	"prediction_id" text,
	"features" jsonb NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "dataset_base_row_dataset_id_row_key_pk" PRIMARY KEY("dataset_id","row_key")
);
--> statement-breakpoint
CREATE TABLE "dataset_version" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dataset_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dataset_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"trigger" text NOT NULL,
	"rows" integer NOT NULL,
	"sha256" text NOT NULL,
	"jsonl_bytes" bigint NOT NULL,
	"features" jsonb NOT NULL,
	"label_counts" jsonb NOT NULL,
	"base_policy" text,
	"feedback_rows" integer NOT NULL,
	"base_rows" integer NOT NULL,
	"conflicts" integer DEFAULT 0 NOT NULL,
	"created_by_id" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_version_number_key" UNIQUE("dataset_id","version")
);
--> statement-breakpoint
CREATE TABLE "dataset_version_file" (
	"version_id" bigint NOT NULL,
	"format" text NOT NULL,
	"sha256" text NOT NULL,
	"bytes" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_version_file_version_id_format_pk" PRIMARY KEY("version_id","format")
);
--> statement-breakpoint
CREATE TABLE "dataset_version_row" (
	"version_id" bigint NOT NULL,
	"row_key" text collate "C" NOT NULL,
	"prediction_id" text,
	"model_version" text,
	"region" text,
	"client" text,
	"ts" timestamp (3) with time zone,
	"features" jsonb NOT NULL,
	"text" text,
	"predicted_label" text,
	"label" text NOT NULL,
	"source" text NOT NULL,
	"agreement" double precision,
	CONSTRAINT "dataset_version_row_version_id_row_key_pk" PRIMARY KEY("version_id","row_key")
);
--> statement-breakpoint
ALTER TABLE "dataset" ADD CONSTRAINT "dataset_model_key_model_key_fk" FOREIGN KEY ("model_key") REFERENCES "public"."model"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_base_row" ADD CONSTRAINT "dataset_base_row_dataset_id_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."dataset"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_version" ADD CONSTRAINT "dataset_version_dataset_id_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."dataset"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_version_file" ADD CONSTRAINT "dataset_version_file_version_id_dataset_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dataset_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_version_row" ADD CONSTRAINT "dataset_version_row_version_id_dataset_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dataset_version"("id") ON DELETE no action ON UPDATE no action;