using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Tokenization;
using CsCheck;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>Invariants of the attributor on random mixes of cues, marks, names and punctuation.</summary>
public sealed class QuotePropertyTests
{
    private static readonly string[] Pieces =
    [
        "قال ", "وقالت ", "مضيفاً ", "وأضاف ", "أكد ", "بحسب ", "نقلت ", "عن ", "قوله ", "إن ", "أن ", "أنه ", "على ", "إلى ",
        "الرئيس ", "الوزير ", "سمير ", "خوري ", "الحكومة ", "مصادر ", "الوضع ", "مستقر ", "كما ", "وكانت ", "قد ", "الذي ",
        "\"", "«", "»", "“", "”", "‹", "›", "، ", ". ", ": ", "\n", "؟ ", "(", ")", "#وسم ", "42 ", "abc ",
    ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Array[0, 80].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    [Fact]
    public void SpansStayInTheirParagraphAndSpeakersComeFromTheText()
    {
        Gen.Select(Text, Gen.Bool).Sample((text, withEntities) =>
        {
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
            List<Entity> entities = withEntities
                ? QuoteTestSupport.Entities(text, [("سمير خوري", EntityType.Person, "سمير خوري"), ("الحكومة", EntityType.Organization, "الحكومة")])
                : [];
            IReadOnlyList<Quote> quotes = ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities);

            foreach (Quote q in quotes)
            {
                Assert.InRange(q.Content.Start, 0, text.Length);
                Assert.InRange(q.Content.End, q.Content.Start + 1, text.Length);
                Assert.DoesNotContain('\n', q.Content.GetText(text));
                Assert.InRange(q.Confidence, 0f, 1f);
                if (q.Cue is { } cue)
                {
                    Assert.InRange(cue.End, cue.Start + 1, text.Length);
                }

                if (q.Speaker?.Mention is { } mention)
                {
                    Assert.InRange(mention.End, mention.Start + 1, text.Length);
                }
            }

            // Deterministic and independent of earlier calls: the attributor keeps no state.
            Assert.Equal(quotes, ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities), QuoteComparer.Instance);
        });
    }

    private sealed class QuoteComparer : IEqualityComparer<Quote>
    {
        public static QuoteComparer Instance { get; } = new();

        public bool Equals(Quote? x, Quote? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Content == y.Content && x.Cue == y.Cue &&
            x.Speaker == y.Speaker && x.Via.SequenceEqual(y.Via) && x.Confidence == y.Confidence;

        public int GetHashCode(Quote obj) => obj.Content.GetHashCode();
    }
}
