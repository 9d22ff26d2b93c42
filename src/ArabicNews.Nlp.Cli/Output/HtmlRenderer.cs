namespace ArabicNews.Nlp.Cli.Output;

/// <summary>The self-contained right-to-left HTML page of a document.</summary>
internal static class HtmlRenderer
{
    public static string Render(AnalysisView view) =>
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + System.Net.WebUtility.HtmlEncode(view.Name) + "</title></head><body><article>" + System.Net.WebUtility.HtmlEncode(view.Text) + "</article></body></html>\n";
}
