using PaperBot.Core.Papers;

namespace PaperBot.Core.Library.Export;

/// <summary>The link an export gives for a paper: its arXiv page, else its project page, else its code.</summary>
internal static class ExportLinks
{
    public static string? Main(StoredPaper paper) =>
        paper.ArxivUrl ?? Http(paper.Paper.ProjectUrl) ?? Http(paper.Paper.GithubUrl);

    /// <summary>Only absolute http(s) links leave PaperBot (a corpus field could hold anything).</summary>
    public static string? Http(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
