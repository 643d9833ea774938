// Snapshots room: a deep copy of an object graph, identity preserved, compiled once per type.
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Implementation.Snapshots;

/// <summary>
/// A deep copy of an object graph, identity preserved (an object reached twice is copied once; cycles are kept).
/// Objects are cloned field for field and every field that can hold a mutable object is copied in turn; objects of
/// immutable types (every field read-only and of an immutable type: strings, primitives, enums, immutable collections
/// of immutable elements, sealed records of such), comparers, schedulers and reflection types are shared. A delegate is
/// rebound to the copy of its target. The plan of each type is computed once by reflection and compiled to a method
/// that replaces the type's copied fields (those of its nested structs too) in place, so a field added to a class later
/// is copied without a change here and no field is read or written by reflection while copying. A type that implements
/// <see cref="ISnapshotCopy"/> makes its own copy (the append-only logs, which share their filled chunks).
/// </summary>
internal sealed partial class ObjectGraphCopy
{
    private static readonly ConcurrentDictionary<Type, Plan> Plans = new();
    private static readonly ConcurrentDictionary<Type, bool> Immutable = new();
    private static readonly Func<object, object> ShallowClone =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();

    /// <summary>An idle copier per thread: its identity map keeps its capacity from one copy to the next.</summary>
    [ThreadStatic]
    private static ObjectGraphCopy? idle;

    private readonly Dictionary<object, object> copies = new(ReferenceEqualityComparer.Instance);

    /// <summary>The plans this copier has used (a plain map, faster than the shared concurrent one; kept with the copier).</summary>
    private readonly Dictionary<Type, Plan> plans = [];

    private enum Kind
    {
        Shared,
        Fixed,
        Delegate,
        References,
        Own,
    }

    /// <summary>A deep copy of <paramref name="root"/>.</summary>
    public static T Of<T>(T root)
        where T : class
    {
        var copier = idle ?? new ObjectGraphCopy();
        idle = null;
        try
        {
            return (T)copier.Copy(root)!;
        }
        finally
        {
            copier.copies.Clear();
            idle = copier;
        }
    }

    /// <summary>The copy of <paramref name="original"/> in this graph (called by the compiled field copies too).</summary>
    internal object? Copy(object? original)
    {
        if (original is null)
        {
            return null;
        }

        var type = original.GetType();
        if (!plans.TryGetValue(type, out var plan))
        {
            plan = PlanOf(type);
            plans.Add(type, plan);
        }

        if (plan.Kind == Kind.Shared)
        {
            return original;
        }

        if (plan.Kind == Kind.Delegate)
        {
            return copies.TryGetValue(original, out var rebound) ? rebound : CopyDelegate((Delegate)original);
        }

        // One lookup: the slot is filled before anything else can add to the map.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(copies, original, out var exists);
        if (exists)
        {
            return slot;
        }

        var copy = plan.Kind == Kind.Own ? ((ISnapshotCopy)original).SnapshotCopy() : ShallowClone(original);
        slot = copy;
        if (plan.Kind == Kind.References)
        {
            var references = (object?[])copy;
            for (var i = 0; i < references.Length; i++)
            {
                references[i] = Copy(references[i]);
            }
        }
        else
        {
            plan.Fields?.Invoke(copy, this);
        }

        return copy;
    }

    private static Plan PlanOf(Type type) => Plans.TryGetValue(type, out var plan) ? plan : Plans.GetOrAdd(type, BuildPlan);

    private object CopyDelegate(Delegate callback)
    {
        if (callback.GetInvocationList().Length != 1)
        {
            throw new NotSupportedException($"a multicast delegate ({callback.GetType().Name}) cannot be copied");
        }

        var copy = callback.Target is null ? callback : Delegate.CreateDelegate(callback.GetType(), Copy(callback.Target)!, callback.Method);
        // The target's copy can have rebound this delegate already (the target refers to it).
        return copies.TryAdd(callback, copy) ? copy : copies[callback];
    }

    private static Plan BuildPlan(Type type)
    {
        if (IsShared(type))
        {
            return new Plan(Kind.Shared, null);
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return new Plan(Kind.Delegate, null);
        }

        if (typeof(ISnapshotCopy).IsAssignableFrom(type))
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(AppendOnlyLog<>) && !IsShared(type.GetGenericArguments()[0]))
            {
                throw new NotSupportedException($"an append-only log of {type.GetGenericArguments()[0].Name} (not immutable) cannot share its chunks");
            }

            return new Plan(Kind.Own, null);
        }

        if (!type.IsArray)
        {
            return new Plan(Kind.Fixed, HasCopiedFields(type) ? CompileFields(type) : null);
        }

        var element = type.GetElementType()!;
        if (IsShared(element))
        {
            return new Plan(Kind.Fixed, null);
        }

        if (type.GetArrayRank() != 1 || !type.IsSZArray)
        {
            throw new NotSupportedException($"a multi-dimensional array of {element.Name} cannot be copied");
        }

        return element.IsValueType ? new Plan(Kind.Fixed, CompileElements(type)) : new Plan(Kind.References, null);
    }

    /// <summary>The fields of <paramref name="type"/> and its base types that are copied (those not of a shared type).</summary>
    private static List<FieldInfo> CopiedFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!IsShared(field.FieldType))
                {
                    fields.Add(field);
                }
            }
        }

        return fields;
    }

    private static bool HasCopiedFields(Type type) => CopiedFields(type).Count > 0;

    /// <summary>Whether values of <paramref name="type"/> (as declared, or as found at run time) are never copied.</summary>
    private static bool IsShared(Type type) => Immutable.GetOrAdd(type, ComputeShared);

    private static bool ComputeShared(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(TimeSpan) || type == typeof(IntPtr) || type == typeof(UIntPtr) || typeof(MemberInfo).IsAssignableFrom(type)
            || typeof(IScheduler).IsAssignableFrom(type) || IsComparer(type))
        {
            return true;
        }

        if (type.IsArray || typeof(Delegate).IsAssignableFrom(type) || type == typeof(object) || type.IsInterface || (type.IsClass && type.IsAbstract)
            || type.IsByRefLike)
        {
            return false;
        }

        if (type.IsGenericType && type.Namespace == "System.Collections.Immutable")
        {
            return type.GetGenericArguments().All(IsShared);
        }

        if (type.IsClass && !type.IsSealed)
        {
            return false;
        }

        // Optimistic for a type that refers to itself: it is immutable unless one of its fields says otherwise.
        Immutable.TryAdd(type, true);
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if ((type.IsClass && !field.IsInitOnly) || !IsShared(field.FieldType))
                {
                    Immutable[type] = false;
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsComparer(Type type)
    {
        foreach (var contract in type.GetInterfaces())
        {
            if (contract == typeof(System.Collections.IEqualityComparer) || contract == typeof(System.Collections.IComparer)
                || (contract.IsGenericType && (contract.GetGenericTypeDefinition() == typeof(IEqualityComparer<>) || contract.GetGenericTypeDefinition() == typeof(IComparer<>))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How objects of one run-time type are copied; <see cref="Fields"/> replaces the copied fields of a fresh clone.</summary>
    private sealed record Plan(Kind Kind, Action<object, ObjectGraphCopy>? Fields);
}
