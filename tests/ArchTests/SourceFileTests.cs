using System.Text.RegularExpressions;

namespace AdaptiveLearning.ArchTests;

/// <summary>Rules about the source files themselves, which reflection cannot see.</summary>
public sealed partial class SourceFileTests
{
    // A top-level declaration starts in column 0 under a file-scoped namespace; nested types are indented.
    [GeneratedRegex(@"^(?:(?:public|internal|file|static|sealed|abstract|partial|readonly)\s+)*(?:class|record(?:\s+struct|\s+class)?|interface|enum|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdaptiveLearning.sln")))
                return Path.Combine(dir.FullName, "src");
        throw new InvalidOperationException("AdaptiveLearning.sln not found above " + AppContext.BaseDirectory);
    }

    [Test]
    public void EachSourceFileDeclaresOneTopLevelTypeNamedAfterIt()
    {
        var root = SourceRoot();
        var misfits = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (File: Path.GetRelativePath(root, f), Types: TopLevelType().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).ToList()))
            .Where(f => f.Types.Count > 1 || (f.Types.Count == 1 && f.Types[0] != Path.GetFileNameWithoutExtension(f.File)))
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}");

        Assert.That(misfits, Is.Empty, "one type per file, named after it, so a type is found by its name");
    }

    /// <summary>Galera replicates row changes only: named locks, table locks and the global read lock stay on one node.</summary>
    [Test]
    public void NoSqlReliesOnLocksGaleraDoesNotReplicate()
    {
        var root = SourceRoot();
        var offenders = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => GaleraLocalLock().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f));

        Assert.That(offenders, Is.Empty, "use ClusterLock (a leased row) for a lock every node must see");
    }

    /// <summary>
    /// Pooled sessions are not reset between uses (Infrastructure's DependencyInjection.PooledConnectionString), and
    /// MySqlConnector sets an explicit isolation level for the whole session: a transaction that names none would run
    /// at whatever level the session's previous user chose.
    /// </summary>
    [Test]
    public void EveryTransactionNamesItsIsolationLevel()
    {
        var root = SourceRoot();
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => TransactionWithoutIsolationLevel().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(root, f)}: {m.Value}"));

        Assert.That(offenders, Is.Empty, "pass IsolationLevel.RepeatableRead (the server default) or the level the code relies on");
    }

    [GeneratedRegex(@"BeginTransaction(?:Async)?\((?!\s*(?:System\.Data\.)?IsolationLevel\.)[^)]*\)")]
    private static partial Regex TransactionWithoutIsolationLevel();

    [GeneratedRegex(@"\b(GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK|LOCK\s+TABLES?|FLUSH\s+TABLES\s+WITH\s+READ\s+LOCK)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GaleraLocalLock();
}
