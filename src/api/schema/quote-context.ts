// The context of a quote: the paragraph it lies in, where it sits there (for
// highlighting) and the sentence around it. Shared by `Mention` and `Fact`;
// paragraphs load by id, one query per request level.
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { batchLoader } from '../loaders.js';
import type { FactRow, ParagraphRow } from '../rows.js';
import { quoteSpan, sentenceAround, type Span } from '../text/quote-context.js';
import { Mention } from './refs.js';
import { Paragraph } from './section.js';

export const TextSpan = builder.objectRef<Span>('TextSpan').implement({
  description: 'A range of characters in a text: start inclusive, end exclusive (JS string indices).',
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

export function paragraphOf(context: Context, id: string | undefined): Promise<ParagraphRow | null> {
  if (!id) return Promise.resolve(null);
  return batchLoader(
    context,
    'read/paragraphs-by-id',
    async (ids) => {
      const rows = await context.executor.read<{ paragraph: ParagraphRow }>('read/paragraphs-by-id', { ids });
      return new Map(rows.map((row) => [row.paragraph.id, row.paragraph]));
    },
    null as ParagraphRow | null,
  ).load(id);
}

/** The quote's span in its paragraph's text, or null (no paragraph, e.g. a table row, or not found). */
export async function spanOf(context: Context, fact: FactRow): Promise<{ paragraph: ParagraphRow; span: Span } | null> {
  const paragraph = await paragraphOf(context, fact.paragraph);
  if (!paragraph) return null;
  const span = quoteSpan(paragraph.text, fact.quote, fact.start - paragraph.start);
  return span ? { paragraph, span } : null;
}

type Types = typeof builder.$inferSchemaTypes;

/** paragraph, paragraphSpan and sentence for a type whose rows are facts. */
export function quoteContextFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, FactRow>) {
  return {
    paragraph: t.field({
      type: Paragraph,
      nullable: true,
      description: 'The paragraph the quote lies in (none for table rows and headings).',
      resolve: (f, _args, context) => paragraphOf(context, f.paragraph),
    }),
    paragraphSpan: t.field({
      type: TextSpan,
      nullable: true,
      description: "Where the quote sits in paragraph.text (normalised text), to highlight it there.",
      resolve: async (f, _args, context) => (await spanOf(context, f))?.span ?? null,
    }),
    sentence: t.string({
      description: 'The sentence around the quote (normalised text, ends at 。；！？), or the quote itself when it lies outside a paragraph.',
      resolve: async (f, _args, context) => {
        const found = await spanOf(context, f);
        if (!found) return f.quote;
        const sentence = sentenceAround(found.paragraph.text, found.span);
        return found.paragraph.text.slice(sentence.start, sentence.end);
      },
    }),
  };
}

builder.objectFields(Mention, (t) => quoteContextFields(t));
