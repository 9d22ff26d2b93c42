using ArabicNews.Nlp.Analysis;

namespace ArabicNews.Nlp.Tests.Robustness;

/// <summary>Inputs the fuzzer (.ci/fuzz.sh) found to crash; each stays here as a regression test.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void A_relay_speaker_phrase_whose_first_word_normalizes_shorter_than_it_is_written_does_not_throw()
    {
        // A relay (بحسب) followed by a conjunction-initial word built of presentation forms and a CJK letter.
        const string text = "\u0646\u062A\u0631\u59D3\u0627\u062C\u0639\u201D \u2013 \u0628\u062D\u0633\u0628 \u0648\u0623\u0636\u0627\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB\uFEFB \u0623\u0646 \u0022\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0022\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0022\u0648\u0623\u0022\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0022\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0022\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0022\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0022\u0645\u0635\u0627\u062F\u0631. \u2039";
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(text);
        Assert.All(doc.Quotes, q => Assert.InRange(q.Content.End, q.Content.Start, text.Length));
    }
}
