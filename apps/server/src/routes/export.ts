import {
  exportFileName,
  type Plan,
  planToCsv,
  planToFitZip,
  planToHtml,
  planToIcs,
  planToMarkdown,
  planWeek,
} from "@cairn/engine";
import { z } from "zod";
import { readPlan } from "../db/plan-reads.ts";
import { invalid, notFound } from "../http/errors.ts";
import type { Api, RouteContext } from "./context.ts";
import { planErrors, planParams } from "./schemas.ts";

interface ExportFormat {
  extension: string;
  contentType: string;
  what: string;
  write: (plan: Plan) => string | Uint8Array;
}

/** Each download: its file extension (the route's too), its media type and its writer. */
const formats: ExportFormat[] = [
  {
    extension: "ics",
    contentType: "text/calendar; charset=utf-8",
    what: "an iCalendar file, one all-day event a workout",
    write: planToIcs,
  },
  {
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    what: "a CSV sheet, one row a workout",
    write: planToCsv,
  },
  {
    extension: "md",
    contentType: "text/markdown; charset=utf-8",
    what: "the plan in Markdown",
    write: planToMarkdown,
  },
  {
    extension: "html",
    contentType: "text/html; charset=utf-8",
    what: "a printable page (A4)",
    write: planToHtml,
  },
  {
    extension: "fit.zip",
    contentType: "application/zip",
    what: "a zip of FIT workout files, one a running workout",
    write: planToFitZip,
  },
];

const exportQuery = z.strictObject({
  week: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Only this week, counted from 1; default: the whole plan"),
});

/**
 * The current revision of a plan as a download. Always an attachment: the printable page
 * carries its own inline style, which the app's Content-Security-Policy would block if the
 * browser showed it in place, and a file opened from disk is not under that policy.
 */
export function exportRoutes(api: Api, { db }: RouteContext): void {
  for (const format of formats)
    api.get(
      `/api/plans/:id/export.${format.extension}`,
      {
        schema: {
          tags: ["exports"],
          summary: `The plan, or one week, as ${format.what} (${format.contentType})`,
          params: planParams,
          querystring: exportQuery,
          response: {
            200: fileResponse(format.contentType),
            ...planErrors,
          },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const { week } = request.query;
        const record = await readPlan(db, id);
        if (!record) throw notFound(`no plan "${id}"`, "id");
        // Stored as the engine wrote it, so read without checking its shape again.
        const plan = JSON.parse(record.planJson) as Plan;
        const selected = week === undefined ? plan : planWeek(plan, week);
        if (!selected)
          throw invalid("week", `week: no week ${week}: the plan has weeks 1–${plan.weeks.length}`);
        const body = format.write(selected);
        const name = exportFileName(plan, format.extension, week);
        return reply
          .header("content-type", format.contentType)
          .header("content-disposition", attachment(name.ascii, name.unicode))
          .send(
            typeof body === "string"
              ? body
              : Buffer.from(body.buffer, body.byteOffset, body.length),
          );
      },
    );
}

/** A download in the OpenAPI document: its media type, its body a file. */
const fileResponse = (contentType: string) =>
  z
    .any()
    .describe("The file, as an attachment")
    .meta({ content: { [contentType]: { schema: { type: "string", format: "binary" } } } });

/** `attachment; filename="…"`, with RFC 5987's `filename*` when the name has other letters. */
function attachment(ascii: string, unicode: string): string {
  const plain = `attachment; filename="${ascii}"`;
  if (unicode === ascii) return plain;
  const encoded = encodeURIComponent(unicode).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${plain}; filename*=UTF-8''${encoded}`;
}
