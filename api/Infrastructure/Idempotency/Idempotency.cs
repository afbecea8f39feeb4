using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using Medborgardialog.Api.Infrastructure.Json;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace Medborgardialog.Api.Infrastructure.Idempotency;

/// <summary>
/// A command a client may safely send again: with the same <c>Idempotency-Key</c> header and the same body it
/// gets the first answer back and nothing is written twice; the same key with another body is refused (422).
/// </summary>
public interface IIdempotentCommand
{
    /// <summary>The client's key (from the <c>Idempotency-Key</c> header), or null when the client sent none.</summary>
    string? IdempotencyKey { get; }

    /// <summary>What the key is scoped to, besides the key: the use case and the resource it writes to.</summary>
    string IdempotencyScope { get; }

    /// <summary>The request as it matters for "the same body": the command without its key.</summary>
    object IdempotencyFingerprint { get; }
}

/// <summary>The stored first answer to a key, kept a day (<see cref="Retention"/>).</summary>
public sealed class IdempotencyRecord
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public string Scope { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public string ResponseJson { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.Scope, r.Key });
        builder.Property(r => r.Scope).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKeyReusedException.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResponseJson).HasColumnType("jsonb");
        builder.HasIndex(r => r.CreatedAt);
    }
}

/// <summary>The same Idempotency-Key was sent with a different request (422).</summary>
public sealed class IdempotencyKeyReusedException() : Exception("This Idempotency-Key was already used with a different request. Use a new key for a new request.")
{
    public const int MaxKeyLength = 100;
}

/// <summary>
/// Runs an idempotent command in one transaction with the record of its answer: the answer is stored only if the
/// command's writes commit, and a second request with the key — even one racing the first — gets the stored answer.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(AppDbContext db, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IIdempotentCommand { IdempotencyKey: { } key } command)
        {
            return await next(message, cancellationToken);
        }

        var scope = command.IdempotencyScope;
        var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command.IdempotencyFingerprint, Json)));
        var earlier = await FindAsync(scope, key, hash, cancellationToken);
        if (earlier is not null)
        {
            return earlier;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var response = await next(message, cancellationToken);
            db.Add(new IdempotencyRecord
            {
                Scope = scope,
                Key = key,
                RequestHash = hash,
                ResponseJson = JsonSerializer.Serialize(response, Json),
                CreatedAt = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another request with the same key committed first: ours is rolled back, theirs is the answer.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        return await FindAsync(scope, key, hash, cancellationToken)
            ?? throw new InvalidOperationException("The idempotency record that blocked this request is gone.");
    }

    private async Task<TResponse?> FindAsync(string scope, string key, string hash, CancellationToken cancellationToken)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking()
            .Where(r => r.Scope == scope && r.Key == key)
            .Select(r => new { r.RequestHash, r.ResponseJson })
            .SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return default;
        }

        if (record.RequestHash != hash)
        {
            throw new IdempotencyKeyReusedException();
        }

        return JsonSerializer.Deserialize<TResponse>(record.ResponseJson, Json);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Apply(options);
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return options;
    }
}
