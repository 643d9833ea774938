using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SriovVerification.Implementation;

/// <summary>
/// A deep copy of an object graph, identity preserved (an object reached twice is copied once; cycles are kept).
/// Objects are cloned field for field and every field that can hold a mutable object is copied in turn; objects of
/// immutable types (every field read-only and of an immutable type: strings, primitives, enums, immutable collections
/// of immutable elements, sealed records of such), comparers, schedulers and reflection types are shared. A delegate is
/// rebound to the copy of its target. The plan of each type is computed once by reflection, so a field added to a class
/// later is copied without a change here.
/// </summary>
internal sealed class ObjectGraphCopy
{
    private static readonly ConcurrentDictionary<Type, Plan> Plans = new();
    private static readonly ConcurrentDictionary<Type, bool> Immutable = new();
    private static readonly Func<object, object> ShallowClone =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();

    private readonly Dictionary<object, object> copies = new(ReferenceEqualityComparer.Instance);

    /// <summary>A deep copy of <paramref name="root"/>.</summary>
    public static T Of<T>(T root)
        where T : class => (T)new ObjectGraphCopy().Copy(root)!;

    private object? Copy(object? original)
    {
        if (original is null)
        {
            return null;
        }

        var type = original.GetType();
        if (IsShared(type))
        {
            return original;
        }

        if (copies.TryGetValue(original, out var done))
        {
            return done;
        }

        if (original is Delegate callback)
        {
            return CopyDelegate(callback);
        }

        var copy = ShallowClone(original);
        copies.Add(original, copy);
        var plan = Plans.GetOrAdd(type, BuildPlan);
        if (copy is Array array)
        {
            CopyElements(array, plan);
        }
        else
        {
            CopyFields(copy, plan.Fields);
        }

        return copy;
    }

    private object CopyDelegate(Delegate callback)
    {
        if (callback.GetInvocationList().Length != 1)
        {
            throw new NotSupportedException($"a multicast delegate ({callback.GetType().Name}) cannot be copied");
        }

        var copy = callback.Target is null ? callback : Delegate.CreateDelegate(callback.GetType(), Copy(callback.Target)!, callback.Method);
        copies.Add(callback, copy);
        return copy;
    }

    private void CopyElements(Array array, Plan plan)
    {
        if (plan.ElementsShared)
        {
            return;
        }

        if (array is object?[] references)
        {
            for (var i = 0; i < references.Length; i++)
            {
                references[i] = Copy(references[i]);
            }

            return;
        }

        if (array.Rank != 1)
        {
            throw new NotSupportedException($"a multi-dimensional array of {array.GetType().GetElementType()!.Name} cannot be copied");
        }

        for (var i = 0; i < array.Length; i++)
        {
            var boxed = array.GetValue(i);
            if (boxed is not null)
            {
                CopyFields(boxed, Plans.GetOrAdd(boxed.GetType(), BuildPlan).Fields);
                array.SetValue(boxed, i);
            }
        }
    }

    /// <summary>Replaces every planned field of <paramref name="target"/> (an object, or a boxed struct) by its copy.</summary>
    private void CopyFields(object target, FieldInfo[] fields)
    {
        foreach (var field in fields)
        {
            var value = field.GetValue(target);
            if (value is null)
            {
                continue;
            }

            if (field.FieldType.IsValueType)
            {
                CopyFields(value, Plans.GetOrAdd(value.GetType(), BuildPlan).Fields);
                field.SetValue(target, value);
            }
            else
            {
                field.SetValue(target, Copy(value));
            }
        }
    }

    private static Plan BuildPlan(Type type)
    {
        if (type.IsArray)
        {
            return new Plan([], IsShared(type.GetElementType()!));
        }

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

        return new Plan([.. fields], true);
    }

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

    private sealed record Plan(FieldInfo[] Fields, bool ElementsShared);
}
