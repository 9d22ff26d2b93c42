using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Cli.Output;

/// <summary>The names enum values take in every output (no reflection: trim and AOT friendly).</summary>
internal static class Names
{
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Country => "COUNTRY",
        EntityType.Place => "PLACE",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Nationality => "NATIONALITY",
        _ => "OTHER",
    };

    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Mixed => "mixed",
        _ => "other",
    };

    public static string Of(SegmentRole role) => role switch
    {
        SegmentRole.Proclitic => "proclitic",
        SegmentRole.Stem => "stem",
        SegmentRole.Enclitic => "enclitic",
        SegmentRole.Symbol => "symbol",
        _ => "other",
    };

    public static string Of(TokenKind kind) => kind switch
    {
        TokenKind.ArabicWord => "ArabicWord",
        TokenKind.LatinWord => "LatinWord",
        TokenKind.OtherWord => "OtherWord",
        TokenKind.Number => "Number",
        TokenKind.Punctuation => "Punctuation",
        TokenKind.Symbol => "Symbol",
        TokenKind.Url => "Url",
        TokenKind.Email => "Email",
        TokenKind.Hashtag => "Hashtag",
        TokenKind.Mention => "Mention",
        TokenKind.Emoji => "Emoji",
        _ => "Other",
    };

    /// <summary>The Arabic label of an entity type (legends and headings).</summary>
    public static string Arabic(EntityType type) => type switch
    {
        EntityType.Person => "شخص",
        EntityType.Country => "دولة",
        EntityType.Place => "مكان",
        EntityType.Organization => "منظمة",
        EntityType.Nationality => "جنسية",
        _ => "آخر",
    };

    /// <summary>The Arabic label of a quote kind.</summary>
    public static string Arabic(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "مباشر",
        QuoteKind.Indirect => "غير مباشر",
        QuoteKind.Mixed => "مختلط",
        _ => "آخر",
    };

    /// <summary>Every entity type, in legend order.</summary>
    public static readonly EntityType[] EntityTypes =
        [EntityType.Person, EntityType.Country, EntityType.Place, EntityType.Organization, EntityType.Nationality];
}
