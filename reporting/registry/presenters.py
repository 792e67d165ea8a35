    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
A    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
A    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
P    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
I    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
P    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
-    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
>    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
k    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
{    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
k    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
}    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
P    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
A    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
-    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
>    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
F    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
k    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
{    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
}    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
P    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
A    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
-    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
>    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
N    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
E    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
X    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
T    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
E    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
R    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
N    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
A    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
L    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
#    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
T    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
N    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
N    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
k    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
{    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
}    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
{    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
*    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
*    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
}    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
E    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
X    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
T    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
E    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
R    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
N    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
A    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
L    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
w    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
P    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
-    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
>    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
I    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
k    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
{    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
}    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
{    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
q    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
q    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
}    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
{    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
v    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
q    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
q    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
y    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
u    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
"    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
:    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
m    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
g    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
d    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
[    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
,    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
}    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
f    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
n    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
.    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
b    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
a    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
h    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
_    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
l    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
i    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
s    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
(    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
=    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
p    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
r    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
o    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
j    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
e    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
c    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
t    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
)    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
     assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
]    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)

    assessment = latest_assessment(project)
    if audience in policy.EXTERNAL:
        # The public sees an approved verification only, never a round in review.
        assessment = latest_assessment(project, approved=True)
