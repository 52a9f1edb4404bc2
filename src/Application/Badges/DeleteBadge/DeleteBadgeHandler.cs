using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Badges.DeleteBadge;

/// <summary>Deletes a badge nobody holds; one that somebody holds is retired instead, so their award keeps its meaning.</summary>
internal sealed class DeleteBadgeHandler(IBadgeCatalog catalog, IClock clock) : IHandler<DeleteBadgeCommand, bool>
{
    public async Task<bool> HandleAsync(DeleteBadgeCommand request, CancellationToken ct) =>
        await catalog.RemoveAsync(request.Key, clock.UtcNow, ct) ? true : throw new ProblemException(Problems.NotFound, "No such badge.");
}
