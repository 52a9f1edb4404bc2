namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>
/// What a service account's key may do; sent by wire name (<c>content_read</c>). Values are stored by name, so members
/// may be added but never renamed. The routes each scope opens are listed in ADR 0014.
/// </summary>
public enum ApiScope
{
    /// <summary>Read published questions and the hierarchy, as a learner sees them.</summary>
    ContentRead,
    /// <summary>Create, edit and submit questions and edit the hierarchy, as an author; reads see drafts too.</summary>
    ContentWrite,
    /// <summary>Start bulk imports and read the reports of the key's own imports, as an author.</summary>
    Imports,
    /// <summary>Create, read, change and delete the key's own webhooks and read their delivery logs (ADR 0021).</summary>
    Webhooks,
}
