using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>A valid question from a file, with its stored JSON and hash computed once while parsing (off the write path).</summary>
public sealed class ImportedQuestion
{
    public ImportedQuestion(string externalId, int index, QuestionContent content)
    {
        ExternalId = externalId;
        Index = index;
        Content = content;
        ContentJson = content.ToJson();
        // Same bytes QuestionContent.Hash() hashes; computed from ContentJson to serialise once, not twice.
        ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ContentJson)));
        Irt = IrtParameters.FromDifficulty(content.Difficulty, content.Type, content.Options.Count);
    }

    public string ExternalId { get; }
    public int Index { get; }
    public QuestionContent Content { get; }
    public string ContentJson { get; }
    public string ContentHash { get; }
    public IrtParameters Irt { get; }
    /// <summary>The facet a format's own category put it in; null means the file name's facet.</summary>
    public HierarchyPath? Facet { get; init; }
}
