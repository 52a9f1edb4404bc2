using AdaptiveLearning.Application.Imports.Format.Bank;

namespace AdaptiveLearning.Application.Imports;

/// <summary>
/// One file of an import, read only when its turn comes so a million-question bank never sits in memory whole.
/// <paramref name="Name"/> is what reports show (a path or the uploaded name); its last segment is the facet.
/// </summary>
public sealed record ImportFile(string Name, long Length, Func<CancellationToken, Task<byte[]>> ReadAsync)
{
    public const string HierarchyFileName = "_hierarchy.json";

    public string FileName => Name[(Name.LastIndexOfAny(['/', '\\']) + 1)..];

    public bool IsHierarchy => FileName == HierarchyFileName;

    /// <summary>The format chosen explicitly (<c>--format</c>, the upload's <c>format</c>); null: the extension decides.</summary>
    public BankFormat? Format { get; init; }

    /// <summary>The format the file is read in; JSON when neither a choice nor the extension says otherwise.</summary>
    public BankFormat EffectiveFormat => Format ?? BankFormats.FromFileName(FileName) ?? BankFormat.Json;

    public static ImportFile FromBytes(string name, byte[] content) =>
        new(name, content.Length, _ => Task.FromResult(content));

    public static ImportFile FromDisk(string displayName, string path) =>
        new(displayName, new FileInfo(path).Length, ct => File.ReadAllBytesAsync(path, ct));
}
