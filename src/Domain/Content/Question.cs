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
    /// <summary>Who made the current version; the one person who may not approve it.</summary>
    public Guid? LastEditorId { get; private set; }

    /// <summary>What a concurrent writer would have changed: a save only lands on the state it was decided on.</summary>
    public QuestionStamp Stamp => new(Version, Status, FacetId);

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
        QuestionContent content, IrtParameters irt, bool calibrated, Guid? lastEditorId = null) => new()
    {
        Id = id, ExternalId = externalId, FacetId = facetId, Status = status, Version = version,
        Content = content, Irt = irt, IrtCalibrated = calibrated, LastEditorId = lastEditorId,
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

    /// <summary>A reviewer accepts the version under review and it goes live; nobody approves their own change.</summary>
    /// <exception cref="SelfApprovalException">when <paramref name="reviewerId"/> made the current version.</exception>
    public void Approve(Guid reviewerId)
    {
        if (Status != QuestionStatus.InReview)
            throw new InvalidWorkflowTransitionException(Status, QuestionStatus.Published);
        if (LastEditorId == reviewerId)
            throw new SelfApprovalException();
        Status = QuestionStatus.Published;
    }

    /// <summary>A reviewer sends the version under review back to its author.</summary>
    public void Reject() => Move(QuestionStatus.Draft, QuestionStatus.InReview);

    /// <summary>
    /// Publishing without a review: always from archived (that content went live before and an edit since would
    /// have sent it back to draft), and from draft or in review only when no review step is required.
    /// </summary>
    public void Publish(bool requireReview)
    {
        if (requireReview && Status is QuestionStatus.Draft or QuestionStatus.InReview)
            throw new ReviewRequiredException(Status);
        Publish();
    }

    /// <summary>
    /// When a review step is required, a new version of a question past draft goes back to draft: an unreviewed
    /// change never reaches learners, and a submission is withdrawn rather than approved for content it no longer has.
    /// </summary>
    /// <returns>True when the status changed.</returns>
    public bool ReturnToDraftAfterRevision(bool requireReview)
    {
        if (!requireReview || Status == QuestionStatus.Draft)
            return false;
        Status = QuestionStatus.Draft;
        return true;
    }

    public void Publish() => Move(QuestionStatus.Published, QuestionStatus.Draft, QuestionStatus.InReview, QuestionStatus.Archived);

    /// <summary>
    /// Whether publishing a whole bank (an import with publish) takes a question in this status live: drafts and
    /// questions in review go live, published ones already are, and archiving sticks; only an explicit
    /// <see cref="Publish()"/> brings an archived question back.
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
