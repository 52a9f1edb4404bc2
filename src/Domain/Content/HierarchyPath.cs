using System.Text.RegularExpressions;

namespace AdaptiveLearning.Domain.Content;

/// <summary>
/// A node's address: its codes from the topic down, joined by "__" (topic__subtopic__leaf__facet).
/// A shorter path addresses an upper level.
/// </summary>
public sealed partial record HierarchyPath
{
    public const string Separator = "__";
    public const int MaxDepth = 4;

    public IReadOnlyList<string> Codes { get; }

    private HierarchyPath(IReadOnlyList<string> codes) => Codes = codes;

    public int Level => Codes.Count;
    public string Code => Codes[^1];
    public HierarchyPath? Parent => Level == 1 ? null : new HierarchyPath(Codes.Take(Level - 1).ToArray());
    public override string ToString() => string.Join(Separator, Codes);

    public HierarchyPath Child(string code) => Parse(ToString() + Separator + code);

    public static bool IsValidCode(string code) => code.Length is > 0 and <= 64 && CodePattern().IsMatch(code) && !code.Contains(Separator);

    public static bool TryParse(string? value, out HierarchyPath path)
    {
        path = null!;
        if (string.IsNullOrEmpty(value)) return false;
        var codes = value.Split(Separator);
        if (codes.Length > MaxDepth || !codes.All(IsValidCode)) return false;
        path = new HierarchyPath(codes);
        return true;
    }

    public static HierarchyPath Parse(string value) =>
        TryParse(value, out var path) ? path : throw new FormatException($"'{value}' is not a hierarchy path.");

    /// <summary>Every ancestor path from the topic down to this one.</summary>
    public IEnumerable<HierarchyPath> SelfAndAncestors() =>
        Enumerable.Range(1, Level).Select(n => new HierarchyPath(Codes.Take(n).ToArray()));

    /// <summary>
    /// The paths of a stored (already valid) path's topic, subtopic … down to itself, cut at each separator as
    /// <see cref="Parse"/> splits: what a per-request roll-up needs without validating every path again.
    /// </summary>
    public static IEnumerable<string> SelfAndAncestorPaths(string path)
    {
        for (var cut = path.IndexOf(Separator, StringComparison.Ordinal); cut >= 0; cut = path.IndexOf(Separator, cut + Separator.Length, StringComparison.Ordinal))
            yield return path[..cut];
        yield return path;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="scope"/> itself or lies below it.</summary>
    public static bool Covers(string scope, string path) =>
        path == scope || path.StartsWith(scope + Separator, StringComparison.Ordinal);

    public bool Covers(HierarchyPath other) => Covers(ToString(), other.ToString());

    public bool Equals(HierarchyPath? other) => other is not null && ToString() == other.ToString();
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    // Letters, digits, '-' and '_', not starting or ending with '_' (which would blur the "__" separator).
    [GeneratedRegex("^[a-z0-9-](?:[a-z0-9_-]*[a-z0-9-])?$")]
    private static partial Regex CodePattern();
}
