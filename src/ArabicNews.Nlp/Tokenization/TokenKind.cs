namespace ArabicNews.Nlp.Tokenization;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word in Arabic script, with any diacritics, tatweel or ZWNJ inside it.</summary>
    ArabicWord,

    /// <summary>A word in Latin script (digits after its first letter stay in it: G20, mp3).</summary>
    LatinWord,

    /// <summary>A word in another script (Cyrillic, Hebrew, CJK, …).</summary>
    OtherWord,

    /// <summary>A number in Western or Arabic-Indic digits, with decimals (3.5, ٣٫٥), thousands separators and a percent sign.</summary>
    Number,

    /// <summary>One punctuation character.</summary>
    Punctuation,

    /// <summary>A symbol or any other character that is neither a word nor punctuation.</summary>
    Symbol,

    /// <summary>A web address starting with http://, https:// or www.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A hashtag, # included: #سوريا, #راوول_كاسترو.</summary>
    Hashtag,

    /// <summary>A mention, @ included: @UN.</summary>
    Mention,

    /// <summary>One emoji grapheme cluster: modifiers, variation selectors, ZWJ sequences, flags and keycaps included.</summary>
    Emoji,
}
