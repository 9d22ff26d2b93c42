namespace ArabicNews.Nlp.Quotes;

/// <summary>One inflected form of a reporting word.</summary>
/// <param name="Kind">Verb, participle or relay.</param>
/// <param name="Agreement">The gender and number of the form.</param>
/// <param name="Lemma">The verb's citation form (3rd person masculine singular past, normalized).</param>
/// <param name="IsRelayVerb">True for نقل: its subject is the channel and عن introduces the speaker.</param>
/// <param name="HasObject">True when an object pronoun is attached (أبلغته).</param>
internal readonly record struct CueForm(CueKind Kind, Agreement Agreement, string Lemma, bool IsRelayVerb, bool HasObject);
