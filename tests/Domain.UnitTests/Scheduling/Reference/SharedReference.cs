using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling.Reference;

/// <summary>
/// Finds the team's shared folder (reference oracles and datasets) that sits beside the repository
/// on the build machines. A user's clone has no such folder, so tests needing it skip instead of failing.
/// </summary>
internal static class SharedReference
{
    public const string DirectoryVariable = "ADAPTIVE_SHARED_DIR";

    private static readonly Lazy<string?> Root = new(Locate);

    public static string RequireFile(params string[] relativePath)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Ignore($"needs ../shared/reference: set {DirectoryVariable} or place the shared folder beside the repository");
            throw new InvalidOperationException("unreachable: Assert.Ignore throws");
        }

        var path = Path.Combine([root, .. relativePath]);
        if (!File.Exists(path))
        {
            Assert.Ignore($"needs ../shared/reference: {path} is missing");
        }

        return path;
    }

    public static bool IsAvailable => Root.Value is not null;

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "reference", "fsrs")))
            {
                return candidate;
            }
        }

        return null;
    }
}
