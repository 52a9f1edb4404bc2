namespace AdaptiveLearning.Domain.Content;

/// <summary>A question and its editorial state. Content changes bump the version; old versions are kept by persistence.</summary>
public sealed class Question
{
    /// <summary>Where every question starts, whether an author or an import creates it.</summary>
    public const QuestionStatus InitialStatus = QuestionStatus.Draft;

    public long Id { get; init; }
    public required string ExternalId { get; init; }
    public required long FacetId { get; set; }
    public QuestionStatus Status { get; private set; } = InitialStatus;
    public int Version { get; private set; } = 1;
    public required QuestionContent Content { get; set; }
    public required IrtParameters Irt { get; set; }
    public bool IrtCalibrated { get; set; }

    public static Question Create(string externalId, long facetId, QuestionContent content, QuestionStatus status = InitialStatus) => new()
    {
        ExternalId = externalId,
        FacetId = facetId,
        Content = content,
        Status = status,
        Irt = IrtParameters.FromDifficulty(content.Difficulty, content.Type, content.Options.Count),
    };

    /// <summary>Rehydrates a stored question.</summary>
    public static Question Restore(long id, string externalId, long facetId, QuestionStatus status, int version,
        QuestionContent content, IrtParameters irt, bool calibrated) => new()
    {
        Id = id, ExternalId = externalId, FacetId = facetId, Status = status, Version = version,
        Content = content, Irt = irt, IrtCalibrated = calibrated,
    };

    /// <summary>
    /// Content changes exactly when its hash does; only then is there a new version. The import applies
    /// this to the hashes it computed while parsing, so both writers version alike.
    /// </summary>
    public static bool IsRevision(string currentHash, string revisedHash) => !string.Equals(currentHash, revisedHash, StringComparison.Ordinal);

    /// <returns>True when the content really changed, which makes a new version.</returns>
    public bool Revise(QuestionContent content)
    {
        if (!IsRevision(Content.Hash(), content.Hash()))
            return false;
        Content = content;
        Version++;
        if (!IrtCalibrated)
            Irt = IrtParameters.FromDifficulty(content.Difficulty, content.Type, content.Options.Count);
        return true;
    }

    public void Submit() => Move(QuestionStatus.InReview, QuestionStatus.Draft);

    public void Publish() => Move(QuestionStatus.Published, QuestionStatus.Draft, QuestionStatus.InReview, QuestionStatus.Archived);

    /// <summary>
    /// Whether publishing a whole bank (an import with publish) takes a question in this status live: drafts and
    /// questions in review go live, published ones already are, and archiving sticks; only an explicit
    /// <see cref="Publish"/> brings an archived question back.
    /// </summary>
    public static bool PublishesWithBank(QuestionStatus status) => status is QuestionStatus.Draft or QuestionStatus.InReview;

    /// <returns>True when the question went live.</returns>
    public bool PublishWithBank()
    {
        if (!PublishesWithBank(Status))
            return false;
        Publish();
        return true;
    }

    public void Archive() => Move(QuestionStatus.Archived, QuestionStatus.Draft, QuestionStatus.InReview, QuestionStatus.Published);

    private void Move(QuestionStatus to, params QuestionStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
            throw new InvalidWorkflowTransitionException(Status, to);
        Status = to;
    }
}
