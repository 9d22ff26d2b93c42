namespace ArabicNews.Nlp.Quotes;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind
{
    /// <summary>The content stands inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech after a cue and a complementizer: قال إن ...</summary>
    Indirect,

    /// <summary>Reported speech of which only a part is in quotation marks.</summary>
    Mixed,
}
