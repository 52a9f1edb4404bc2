namespace AdaptiveLearning.Application.Users;

/// <summary>
/// One area's share of a learner's data for the GDPR-style export. Each area that stores
/// personal data registers one, so the export grows with the product without a central list.
/// </summary>
public interface IPersonalDataSource
{
    string Section { get; }
    Task<object> ExportAsync(Guid userId, CancellationToken ct);
}
