using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>What the sequence model's features know about one token (hashes of its forms and lexicon facts).</summary>
/// <param name="Kind">The token's kind.</param>
/// <param name="Form">Hash of the normalized form (digits folded to 0, Latin lower-cased).</param>
/// <param name="Stem">Hash of the form without proclitics (the article kept).</param>
/// <param name="Bare">Hash of the stem without the article.</param>
/// <param name="Prefix2">Hash of the first two letters of the bare stem.</param>
/// <param name="Prefix3">Hash of the first three letters of the bare stem.</param>
/// <param name="Suffix1">Hash of the last letter.</param>
/// <param name="Suffix2">Hash of the last two letters.</param>
/// <param name="Suffix3">Hash of the last three letters.</param>
/// <param name="Suffix4">Hash of the last four letters.</param>
/// <param name="Proclitics">Hash of the stripped proclitics (0 when none).</param>
/// <param name="Shape">A small code: kind, length class and the article.</param>
/// <param name="Gazetteer">Gazetteer flags of the stem (see <see cref="ModelLexicon"/>).</param>
/// <param name="Cluster">The stem's word cluster or <see cref="ModelLexicon.NoCluster"/>.</param>
/// <param name="Frequency">The stem's corpus frequency class.</param>
/// <param name="ProcliticChars">How many original characters at the token's start are proclitics.</param>
/// <param name="Silver">The stem's silver code (see <see cref="ModelLexicon.SilverCodes"/>).</param>
internal readonly record struct ModelWord(
    TokenKind Kind,
    ulong Form,
    ulong Stem,
    ulong Bare,
    ulong Prefix2,
    ulong Prefix3,
    ulong Suffix1,
    ulong Suffix2,
    ulong Suffix3,
    ulong Suffix4,
    ulong Proclitics,
    int Shape,
    int Gazetteer,
    int Cluster,
    int Frequency,
    int ProcliticChars,
    int Silver = 0);
